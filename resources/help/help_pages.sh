#!/usr/bin/env bash
# Writes a program's man page, or its bash completion, from its own --help, so neither can say something the
# program does not. The help is QCommandLineParser's layout, which textgen's command lists follow too:
#
#   Usage: textgen train [options] CORPUS
#   A description, on one or more lines.
#   <blank>
#   Options:                       Arguments:                   Commands:
#     -o, --output <FILE>  Text      CORPUS  Text                 vocab      Text
#                          more                                   (each command has a --help of its own)
#
# Usage: help_pages.sh PROGRAM NAME VERSION DATE --man OUTPUT [--bash-completion OUTPUT]
#   PROGRAM is the executable to ask, NAME the name it is installed under.
set -euo pipefail

program=$1 name=$2 version=$3 date=$4
shift 4
declare -A help # ".<command path>" -> its --help ("." is the program's own), asked once: the program is slow to start
commands=()     # every command path below the program ("vocab", "bench", "bench train", ...), depth first

# Asks for the help of `path` and of every command it lists, depth first, and lists their paths in `commands`.
gather() {
    local path=$1 command
    local -a words=()
    [[ -n $path ]] && read -r -a words <<<"$path"
    help[".$path"]=$("$program" "${words[@]}" --help)
    # Qt's usage line names the executable as it was called: here, its path in the build tree.
    help[".$path"]=${help[".$path"]/#"Usage: $program"/"Usage: $name"}
    for command in $(awk '/^Commands:$/ { listing = 1; next } /^$/ { listing = 0 } listing { print $1 }' \
        <<<"${help[".$path"]}"); do
        commands+=("${path:+$path }$command")
        gather "${path:+$path }$command"
    done
}

# One help text as records, one per line, four fields separated by the unit separator (\x1f), so that an empty
# field stays a field:
#   usage <synopsis> | description <line> | option <names> <value> <text> | argument <name> <text>
#   | command <name> <text>
# Continuation lines are joined to the entry they continue.
records() {
    local path="$*"
    awk -v OFS=$'\x1f' '
        function flush() { if (kind != "") print kind, first, second, text; kind = "" }
        NR == 1 { sub(/^Usage: /, ""); print "usage", $0, "", ""; section = "description"; next }
        /^$/ { flush(); section = ""; next }
        section == "description" { print "description", $0, "", ""; next }
        /^Options:$/ { section = "option"; next }
        /^Arguments:$/ { section = "argument"; next }
        /^Commands:$/ { section = "command"; next }
        /^   / { sub(/^ +/, ""); text = text " " $0; next }   # a continuation of the entry above
        /^  [^ ]/ {
            flush()
            line = substr($0, 3)
            if (section == "command") {                         # "name  summary", padded to a column
                first = line; sub(/ .*/, "", first)
                text = substr(line, length(first) + 1); sub(/^ +/, "", text); second = ""
            } else {                                            # "spec  text", two spaces at least between
                split_at = match(line, /  +/)
                spec = split_at ? substr(line, 1, split_at - 1) : line
                text = split_at ? substr(line, split_at + RLENGTH) : ""
                first = spec; second = ""
                if (match(spec, / <[^>]*>$/)) {
                    first = substr(spec, 1, RSTART - 1); second = substr(spec, RSTART + 2, RLENGTH - 3)
                }
            }
            kind = section
        }
        END { flush() }' <<<"${help[".$path"]}"
}

# roff: a backslash is \e, a minus in an option name is \-, and a line may not start with . or '.
roff_text() { sed -e 's/\\/\\e/g' -e "s/^\\([.']\\)/\\\\\\&\\1/"; }
roff_option() { sed -e 's/\\/\\e/g' -e 's/-/\\-/g'; }

# The man page of one help text: its synopsis, description, options, arguments and commands, under headings
# at `level` (SH for the program, SS for its commands).
man_sections() {
    local level=$1 title=$2
    shift 2
    local kind first second text described=0 heading=""
    while IFS=$'\x1f' read -r kind first second text; do
        case $kind in
        usage)
            if [[ $level == SH ]]; then
                printf '.SH SYNOPSIS\n.B %s\n' "$(roff_option <<<"$first")"
            else
                printf '.SS "%s"\n.B %s\n.PP\n' "$title" "$(roff_option <<<"$first")"
            fi
            ;;
        description)
            # The program's first line is its NAME line; the rest is its DESCRIPTION.
            described=$((described + 1))
            if [[ $level == SH ]]; then
                ((described == 1)) && continue
                ((described == 2)) && printf '.SH DESCRIPTION\n'
            fi
            roff_text <<<"$first"
            ;;
        option | argument | command)
            local wanted
            case $kind in option) wanted=OPTIONS ;; argument) wanted=ARGUMENTS ;; command) wanted=COMMANDS ;; esac
            if [[ $heading != "$wanted" ]]; then
                heading=$wanted
                if [[ $level == SH ]]; then printf '.SH %s\n' "$wanted"; else printf '.PP\n%s%s:\n' \
                    "${wanted:0:1}" "$(tr '[:upper:]' '[:lower:]' <<<"${wanted:1}")"; fi
            fi
            printf '.TP\n'
            if [[ -n $second ]]; then
                printf '.BI "%s " <%s>\n' "$(roff_option <<<"$first")" "$second"
            else
                printf '.B %s\n' "$(roff_option <<<"$first")"
            fi
            roff_text <<<"$text"
            ;;
        esac
    done < <(records "$@")
}

write_man() {
    local summary
    summary=$(records | awk -F$'\x1f' '$1 == "description" { print $2; exit }')
    printf '.\\" %s(1), written by resources/help/help_pages.sh from %s --help: edit the help, not this file.\n' \
        "$name" "$name"
    printf '.TH %s 1 %s "%s %s" "User Commands"\n' "$(tr '[:lower:]' '[:upper:]' <<<"$name" | roff_option)" \
        "$date" "$name" "$version"
    printf '.nh\n.ad l\n'  # no hyphenated option names, no stretched lines
    printf '.SH NAME\n%s \\- %s\n' "$(roff_option <<<"$name")" "$(roff_text <<<"${summary,}" | sed "s/\\.$//")"
    man_sections SH "$name"
    local path
    for path in "${commands[@]}"; do
        local -a words
        read -r -a words <<<"$path"
        man_sections SS "$name $path" "${words[@]}"
    done
    printf '.SH "SEE ALSO"\n'
    case $name in
    textgen) printf '.BR textgen\\-studio (1)\n' ;;
    *) printf '.BR textgen (1)\n' ;;
    esac
}

# Completion: the commands at each level, each command's options, and the values an option takes, read off its
# value name: "seed|gpt|lstm" lists them (words in lower case; N, X and the like are numbers to type), FILE,
# PATH, RUN and CORPUS are files, DIR a folder.
write_completion() {
    local function=_${name//-/_}
    printf '# bash completion for %s %s, written by resources/help/help_pages.sh from %s --help.\n' \
        "$name" "$version" "$name"
    printf '%s()\n{\n' "$function"
    printf '    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n'
    # The command path: the leading words that name commands, as far as the tree goes.
    printf '    local path="" word i\n'
    printf '    for ((i = 1; i < COMP_CWORD; i++)); do\n'
    printf '        word=${COMP_WORDS[i]}\n'
    printf '        case "${path:+$path }$word" in\n'
    local path
    local joined
    joined=$(printf '"%s"|' "${commands[@]}")
    printf '        %s) path="${path:+$path }$word" ;;\n' "${joined%|}"
    printf '        *) break ;;\n        esac\n    done\n'
    printf '    case "$path" in\n'
    for path in "" "${commands[@]}"; do
        local -a words=()
        [[ -n $path ]] && read -r -a words <<<"$path"
        local options="" commands="" files=0 values=""
        local kind first second rest
        while IFS=$'\x1f' read -r kind first second rest; do
            case $kind in
            command) commands+="$first " ;;
            argument) files=1 ;;
            option)
                local names=${first//,/}
                options+="$names "
                [[ -z $second ]] && continue
                local completion=""
                case $second in
                FILE | PATH | RUN | CORPUS) completion='COMPREPLY=($(compgen -f -- "$cur")); compopt -o filenames' ;;
                DIR) completion='COMPREPLY=($(compgen -d -- "$cur")); compopt -o filenames' ;;
                *"|"*)
                    local choices
                    choices=$(tr '|' '\n' <<<"$second" | grep -E '^[a-z][a-z0-9_-]*$' | tr '\n' ' ')
                    completion="COMPREPLY=(\$(compgen -W \"${choices% }\" -- \"\$cur\"))"
                    ;;
                *) completion='COMPREPLY=()' ;;
                esac
                values+="        ${names// /|}) $completion; return ;;"$'\n'
                ;;
            esac
        done < <(records "${words[@]}")
        [[ -z $path ]] && options+="--help --version "
        printf '    "%s")\n' "$path"
        if [[ -n $values ]]; then
            printf '        case "$prev" in\n%s        esac\n' "$values"
        fi
        printf '        if [[ $cur == -* ]]; then COMPREPLY=($(compgen -W "%s" -- "$cur")); return; fi\n' "${options% }"
        if [[ -n $commands ]]; then
            printf '        COMPREPLY=($(compgen -W "%s" -- "$cur"))\n' "${commands% }"
        elif ((files)); then
            printf '        COMPREPLY=($(compgen -f -- "$cur")); compopt -o filenames\n'
        fi
        printf '        ;;\n'
    done
    printf '    esac\n}\ncomplete -F %s %s\n' "$function" "$name"
}

# Writes what `write` prints to `output` atomically: a failed run leaves no half page behind.
write_to() {
    local write=$1 output=$2 tmp
    tmp=$(mktemp "$output.XXXXXX")
    if ! "$write" >"$tmp"; then
        rm -f "$tmp"
        return 1
    fi
    mv "$tmp" "$output"
}

gather ""
while (($#)); do
    case $1 in
    --man) write_to write_man "$2" ;;
    --bash-completion) write_to write_completion "$2" ;;
    *) echo "help_pages.sh: unknown output '$1' (--man or --bash-completion)" >&2; exit 2 ;;
    esac
    shift 2
done
