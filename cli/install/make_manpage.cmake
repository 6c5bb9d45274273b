# Writes the manual page glossgraph.1 from the help texts of the built executable, so the page
# says what --help says: the global options, then every command with its own help.
#   cmake -DGLOSSGRAPH=path/to/glossgraph -DOUTPUT=glossgraph.1 -P make_manpage.cmake

function(roff_verbatim text out_var)
  string(REPLACE "\\" "\\e" text "${text}")
  string(REPLACE "-" "\\-" text "${text}")
  # A line starting with . or ' would be a request: \& makes it text.
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
  set(${out_var} "${text}" PARENT_SCOPE)
endfunction()

function(help_of out_var)
  execute_process(COMMAND ${GLOSSGRAPH} ${ARGN} --help OUTPUT_VARIABLE help RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "${GLOSSGRAPH} ${ARGN} --help failed: ${status}")
  endif()
  set(${out_var} "${help}" PARENT_SCOPE)
endfunction()

execute_process(COMMAND ${GLOSSGRAPH} --version OUTPUT_VARIABLE version OUTPUT_STRIP_TRAILING_WHITESPACE)
help_of(main_help)
# The commands, in the order --help lists them: the first word of each line under "Subcommands:".
string(FIND "${main_help}" "Subcommands:" at)
string(SUBSTRING "${main_help}" ${at} -1 listed)
string(REGEX MATCHALL "\n  [a-z]+" command_lines "${listed}")
set(commands "")
foreach(line IN LISTS command_lines)
  string(STRIP "${line}" name)
  list(APPEND commands ${name})
endforeach()
string(FIND "${main_help}" "Options:" options_at)
math(EXPR options_length "${at} - ${options_at}")
string(SUBSTRING "${main_help}" ${options_at} ${options_length} global_help)

roff_verbatim("${global_help}" global_roff)
set(page ".TH GLOSSGRAPH 1 \"\" \"${version}\" \"User Commands\"
.SH NAME
glossgraph \\- harvest the glossaries of Chinese government work reports into a terminology graph
.SH SYNOPSIS
.B glossgraph
[\\fIOPTIONS\\fR] \\fICOMMAND\\fR [\\fICOMMAND OPTIONS\\fR] [\\fIARGUMENTS\\fR]
.SH DESCRIPTION
glossgraph reads Chinese local\\-government work reports (text, HTML, DOCX), harvests the
glossaries at their end (terms and definitions), resolves each report's region (GB/T 2260),
year, date and speaker, links terms to the reports that define and mention them, stores it
all in one SQLite file, and answers questions about it: searches, timelines, comparisons of
definitions across regions, and exports to DOT, GraphML, RDF, JSON, TBX, CSV and a jieba
dictionary. Global options may come before or after the command.
.SH OPTIONS
.nf
${global_roff}.fi
.SH COMMANDS
")
foreach(command IN LISTS commands)
  help_of(command_help ${command})
  roff_verbatim("${command_help}" command_roff)
  string(APPEND page ".SS ${command}\n.nf\n${command_roff}.fi\n")
endforeach()
string(APPEND page ".SH ENVIRONMENT
.TP
.B GLOSSGRAPH_DB
the database when \\-\\-db is not given
.TP
.B NO_COLOR
when set and not empty, no colour, even on a terminal
.TP
.B TERM
\\(lqdumb\\(rq turns colour off
.SH EXIT STATUS
0 success; 1 a data or runtime error (a file that could not be imported, a damaged database,
an unknown term); 2 a usage error (an unknown option or command, a \\-\\-db that is no file).
.SH FILES
.TP
.I glossgraph.db
the default database, in the folder glossgraph runs in
.SH SEE ALSO
.BR sqlite3 (1),
.BR dot (1)
")
file(WRITE ${OUTPUT} "${page}")
