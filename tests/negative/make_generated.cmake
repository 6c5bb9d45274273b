# Makes the negative inputs that are not committed: too big for the repository, or made of
# symlinks. Run at test time with -DOUT=<folder> -DREPORT=<a good report>.
#   single_line_50mb.txt   50 MiB of report text with no line break at all
#   symlink_loop/          one good report, `loop` -> . and `self.txt` -> itself
#   read_error.txt         a file whose every read fails (EIO): a link to /proc/self/mem
#   fifo.txt               a FIFO (named pipe) no one writes to
#   over_max_file_size.txt 65 MiB of nothing (a sparse file): one MiB over the default limit
#   glossary_of_3000_entries.txt  a report whose glossary has 3,000 numbered entries
file(REMOVE_RECURSE "${OUT}")
file(MAKE_DIRECTORY "${OUT}/symlink_loop")

# 79 bytes of UTF-8, repeated to 50 MiB; the remainder is ASCII, so no character is cut.
set(sentence "2024年德阳市罗江区政府工作报告。各位代表：全面推进“三线一单”(2)落地。")
string(LENGTH "${sentence}" bytes)
math(EXPR copies "52428800 / ${bytes}")
math(EXPR rest "52428800 - ${copies} * ${bytes}")
string(REPEAT "${sentence}" ${copies} line)
string(REPEAT "x" ${rest} tail)
file(WRITE "${OUT}/single_line_50mb.txt" "${line}${tail}")

file(COPY "${REPORT}" DESTINATION "${OUT}/symlink_loop")
file(CREATE_LINK . "${OUT}/symlink_loop/loop" SYMBOLIC)
file(CREATE_LINK self.txt "${OUT}/symlink_loop/self.txt" SYMBOLIC)

file(CREATE_LINK /proc/self/mem "${OUT}/read_error.txt" SYMBOLIC)

execute_process(COMMAND mkfifo "${OUT}/fifo.txt" RESULT_VARIABLE failed)
if(failed)
  message(FATAL_ERROR "mkfifo ${OUT}/fifo.txt failed")
endif()
file(WRITE "${OUT}/over_max_file_size.txt" "")
execute_process(COMMAND truncate -s 65M "${OUT}/over_max_file_size.txt" RESULT_VARIABLE failed)
if(failed)
  message(FATAL_ERROR "truncate ${OUT}/over_max_file_size.txt failed")
endif()

file(READ "${REPORT}" report_text)
string(REGEX REPLACE "名词解释.*" "名词解释\n" head "${report_text}")
set(entries "")
foreach(i RANGE 1 3000)
  string(APPEND entries "(${i})术语${i}：第${i}项的定义。\n")
endforeach()
file(WRITE "${OUT}/glossary_of_3000_entries.txt" "${head}${entries}")
