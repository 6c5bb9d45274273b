# bash completion for glossgraph: commands, each command's options (read from its --help, so
# they are always those of the installed binary), and the values of the options that take a
# fixed set of them; files where a path is expected.
# Paths: bash-completion's _filedir when it is loaded, else plain file names.
_glossgraph_files() {
    if declare -F _filedir >/dev/null; then _filedir; else COMPREPLY=($(compgen -f -- "$cur")); fi
}

_glossgraph() {
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} cword=$COMP_CWORD
    local -a words=("${COMP_WORDS[@]}")
    local command="" word
    for word in "${words[@]:1:cword-1}"; do
        case $word in
            -*) ;;
            *) if [[ -z $command && $("${words[0]}" --help 2>/dev/null | sed -n '/^Subcommands:/,$p') == *"  $word "* ]]; then command=$word; fi ;;
        esac
    done
    case $prev in
        --db|-o|--output|--svg|--dot) _glossgraph_files; return ;;
        --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
        --in) COMPREPLY=($(compgen -W "terms definitions bodies terms,definitions" -- "$cur")); return ;;
        --from) COMPREPLY=($(compgen -W "text html docx" -- "$cur")); return ;;
        --format) COMPREPLY=($(compgen -W "$("${words[0]}" export --help 2>/dev/null | sed -n 's/^ *--format TEXT *\([a-z, ]*\)(.*/\1/p' | tr -d ',')" -- "$cur")); return ;;
        --table) COMPREPLY=($(compgen -W "entries terms regions relations" -- "$cur")); return ;;
    esac
    if [[ -z $command ]]; then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "--db --color --help --version" -- "$cur"))
        else
            COMPREPLY=($(compgen -W "$("${words[0]}" --help 2>/dev/null | sed -n '/^Subcommands:/,$s/^  \([a-z]\+\) .*/\1/p')" -- "$cur"))
        fi
        return
    fi
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$("${words[0]}" "$command" --help 2>/dev/null | grep -o -- '--[a-z][a-z-]*' | sort -u) --db --color" -- "$cur"))
        return
    fi
    [[ $command == import ]] && _glossgraph_files
}
complete -F _glossgraph glossgraph
