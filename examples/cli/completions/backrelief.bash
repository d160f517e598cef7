# bash completion for backrelief(1). Installed by CMake into
# share/bash-completion/completions; vocabulary ids, exercise ids and saved
# routine names come from the program itself, so they stay current.

_backrelief_words() { # _backrelief_words KIND: ids from the program
  local dd=()
  [ -n "${_backrelief_data_dir:-}" ] && dd=(--data-dir "$_backrelief_data_dir")
  case $1 in
    exercise) backrelief "${dd[@]}" --no-color list --wide 2>/dev/null | awk 'NR > 1 { print $1 }' ;;
    routine) backrelief "${dd[@]}" routines --json 2>/dev/null |
               sed -n 's/.*"name": *"\([^"]*\)".*/\1/p' ;;
    goal) echo "post-leg-workout long-sitting acute-strain maintenance strengthen" ;;
    phase) echo "relief strengthening maintenance" ;;
    sound) echo "bell none" ;;
    *) backrelief vocab "$1" 2>/dev/null ;;
  esac
}

_backrelief() {
  local cur prev cmd i
  COMPREPLY=()
  cur=${COMP_WORDS[COMP_CWORD]}
  prev=${COMP_WORDS[COMP_CWORD - 1]}
  _backrelief_data_dir=
  cmd=
  for ((i = 1; i < COMP_CWORD; i++)); do
    case ${COMP_WORDS[i]} in
      --data-dir) _backrelief_data_dir=${COMP_WORDS[i + 1]}; ((i++)) ;;
      --data-dir=*) _backrelief_data_dir=${COMP_WORDS[i]#--data-dir=} ;;
      -*) ;;
      *) [ -z "$cmd" ] && cmd=${COMP_WORDS[i]} ;;
    esac
  done
  local common="--data-dir --json --no-color --help"
  local plan="--goal --minutes --equipment --level --focus --avoid --condition --red-flags --age --direction --thermal --seed --phase --policy --no-floor"
  case $prev in
    --data-dir) COMPREPLY=($(compgen -d -- "$cur")); return ;;
    -o|--ics) COMPREPLY=($(compgen -f -- "$cur")); return ;;
    --region|--focus|--avoid) COMPREPLY=($(compgen -W "$(_backrelief_words region)" -- "$cur")); return ;;
    --modality|--level|--condition) COMPREPLY=($(compgen -W "$(_backrelief_words "${prev#--}")" -- "$cur")); return ;;
    --equipment) COMPREPLY=($(compgen -W "$(_backrelief_words equipment)" -- "${cur##*,}"))
                 [ "${cur%,*}" != "$cur" ] && COMPREPLY=("${COMPREPLY[@]/#/${cur%,*},}"); return ;;
    --direction) COMPREPLY=($(compgen -W "unknown none extension flexion" -- "$cur")); return ;;
    --thermal) COMPREPLY=($(compgen -W "any heat cold" -- "$cur")); return ;;
    --goal|--phase|--sound) COMPREPLY=($(compgen -W "$(_backrelief_words "${prev#--}")" -- "$cur")); return ;;
    --exercise) COMPREPLY=($(compgen -W "$(_backrelief_words exercise)" -- "$cur")); return ;;
    --routine) COMPREPLY=($(compgen -W "$(_backrelief_words routine)" -- "$cur") $(compgen -f -- "$cur")); return ;;
    --minutes|--age|--seed|--weeks|--pain*|--tightness*|--rate|--difficulty|--speed|--dose|--start|--date|--until|--completed|--note|--save|--red-flags|--policy|--leg-days|--frequency)
      return ;;
  esac
  if [ -z "$cmd" ]; then
    COMPREPLY=($(compgen -W "list show search screen plan run routines log stats next schedule import export doctor vocab help --version --help $common" -- "$cur"))
    return
  fi
  local opts=
  case $cmd in
    list) opts="--region --modality --equipment --level --wide" ;;
    show) [[ $cur != -* ]] && { COMPREPLY=($(compgen -W "$(_backrelief_words exercise)" -- "$cur")); return; } ;;
    search) opts="--wide" ;;
    screen) opts="--list --age --answers" ;;
    plan) opts="$plan -o --save" ;;
    run) opts="$plan --exercise --dose --speed --no-tty --min --log --sound --pain-before --pain-after --tightness-before --tightness-after --pain-during --rate --difficulty"
         [[ $cur != -* ]] && { COMPREPLY=($(compgen -W "$(_backrelief_words routine)" -- "$cur") $(compgen -f -- "$cur")); return; } ;;
    log) opts="--routine --completed --date --note --list --morning --amend --pain --tightness --pain-before --pain-after --tightness-before --tightness-after --pain-during --rate --difficulty" ;;
    stats) opts="--until --routine" ;;
    next) opts="--routine" ;;
    schedule) opts="--start --weeks --leg-days --ics --frequency"
              [[ $cur != -* ]] && { COMPREPLY=($(compgen -W "$(_backrelief_words routine)" -- "$cur") $(compgen -f -- "$cur")); return; } ;;
    import) opts="--verbose"
            [[ $cur != -* ]] && { COMPREPLY=($(compgen -W "free-exercise-db" -- "$cur") $(compgen -f -- "$cur")); return; } ;;
    export) opts="-o" ;;
    doctor) opts="--reject" ;;
    vocab) [[ $cur != -* ]] && { COMPREPLY=($(compgen -W "$(backrelief vocab 2>/dev/null)" -- "$cur")); return; } ;;
    help) COMPREPLY=($(compgen -W "list show search screen plan run routines log stats next schedule import export doctor vocab" -- "$cur")); return ;;
  esac
  COMPREPLY=($(compgen -W "$opts $common" -- "$cur"))
}
complete -F _backrelief backrelief
