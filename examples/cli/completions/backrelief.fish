# fish completion for backrelief(1). Installed by CMake into
# share/fish/vendor_completions.d; ids come from the program itself.
set -l cmds list show search screen plan run routines log stats next schedule import export doctor vocab help
complete -c backrelief -f
complete -c backrelief -n "not __fish_seen_subcommand_from $cmds" -a "$cmds"
complete -c backrelief -l data-dir -r -a '(__fish_complete_directories)' -d 'keep user data in DIR'
complete -c backrelief -l json -d 'machine-readable output'
complete -c backrelief -l no-color -d 'no colour'
complete -c backrelief -s h -l help -d 'help'
complete -c backrelief -n "not __fish_seen_subcommand_from $cmds" -l version -d 'versions'

function __backrelief_vocab
    backrelief vocab $argv[1] 2>/dev/null
end
function __backrelief_exercises
    backrelief --no-color list --wide 2>/dev/null | awk 'NR > 1 { print $1 }'
end
function __backrelief_routines
    backrelief routines --json 2>/dev/null | sed -n 's/.*"name": *"\([^"]*\)".*/\1/p'
end

# list
complete -c backrelief -n '__fish_seen_subcommand_from list' -l region -x -a '(__backrelief_vocab region)'
complete -c backrelief -n '__fish_seen_subcommand_from list' -l modality -x -a '(__backrelief_vocab modality)'
complete -c backrelief -n '__fish_seen_subcommand_from list plan run' -l equipment -x -a '(__fish_append , (__backrelief_vocab equipment))'
complete -c backrelief -n '__fish_seen_subcommand_from list plan run' -l level -x -a '(__backrelief_vocab level)'
complete -c backrelief -n '__fish_seen_subcommand_from list search' -l wide -d 'the dose too, nothing cut'
# show
complete -c backrelief -n '__fish_seen_subcommand_from show' -x -a '(__backrelief_exercises)'
# screen
complete -c backrelief -n '__fish_seen_subcommand_from screen' -l list
complete -c backrelief -n '__fish_seen_subcommand_from screen' -l answers -x -d 'id=yes,id=no: answers without questions'
complete -c backrelief -n '__fish_seen_subcommand_from screen plan run' -l age -x
# plan and run
complete -c backrelief -n '__fish_seen_subcommand_from plan run' -l goal -x -a 'post-leg-workout long-sitting acute-strain maintenance strengthen'
complete -c backrelief -n '__fish_seen_subcommand_from plan run' -l minutes -x
complete -c backrelief -n '__fish_seen_subcommand_from plan run' -l focus -x -a '(__backrelief_vocab region)'
complete -c backrelief -n '__fish_seen_subcommand_from plan run' -l avoid -x -a '(__backrelief_vocab region)'
complete -c backrelief -n '__fish_seen_subcommand_from plan run' -l condition -x -a '(__backrelief_vocab condition)'
complete -c backrelief -n '__fish_seen_subcommand_from plan run' -l red-flags -x
complete -c backrelief -n '__fish_seen_subcommand_from plan run' -l seed -x
complete -c backrelief -n '__fish_seen_subcommand_from plan run' -l phase -x -a 'relief strengthening maintenance'
complete -c backrelief -n '__fish_seen_subcommand_from plan run' -l policy -x
complete -c backrelief -n '__fish_seen_subcommand_from plan run' -l direction -x -a 'unknown none extension flexion'
complete -c backrelief -n '__fish_seen_subcommand_from plan run' -l thermal -x -a 'any heat cold'
complete -c backrelief -n '__fish_seen_subcommand_from plan run' -l no-floor
complete -c backrelief -n '__fish_seen_subcommand_from plan export' -s o -r -F
complete -c backrelief -n '__fish_seen_subcommand_from plan' -l save -x
# run
complete -c backrelief -n '__fish_seen_subcommand_from run schedule' -a '(__backrelief_routines)' -F
complete -c backrelief -n '__fish_seen_subcommand_from run' -l exercise -x -a '(__backrelief_exercises)'
complete -c backrelief -n '__fish_seen_subcommand_from run' -l dose -x
complete -c backrelief -n '__fish_seen_subcommand_from run' -l speed -x
complete -c backrelief -n '__fish_seen_subcommand_from run' -l no-tty
complete -c backrelief -n '__fish_seen_subcommand_from run' -l min
complete -c backrelief -n '__fish_seen_subcommand_from run' -l log
complete -c backrelief -n '__fish_seen_subcommand_from run' -l sound -x -a 'bell none'
complete -c backrelief -n '__fish_seen_subcommand_from run log' -l pain-before -x
complete -c backrelief -n '__fish_seen_subcommand_from run log' -l pain-after -x
complete -c backrelief -n '__fish_seen_subcommand_from run log' -l tightness-before -x
complete -c backrelief -n '__fish_seen_subcommand_from run log' -l tightness-after -x
complete -c backrelief -n '__fish_seen_subcommand_from run log' -l pain-during -x
complete -c backrelief -n '__fish_seen_subcommand_from run log' -l rate -x -d 'EXERCISE_ID=0-10'
complete -c backrelief -n '__fish_seen_subcommand_from run log' -l difficulty -x -d 'EXERCISE_ID=1-5'
# log
complete -c backrelief -n '__fish_seen_subcommand_from log next stats' -l routine -r -a '(__backrelief_routines)' -F
complete -c backrelief -n '__fish_seen_subcommand_from log' -l completed -x
complete -c backrelief -n '__fish_seen_subcommand_from log' -l date -x
complete -c backrelief -n '__fish_seen_subcommand_from log' -l note -x
complete -c backrelief -n '__fish_seen_subcommand_from log' -l list
complete -c backrelief -n '__fish_seen_subcommand_from log' -l morning
complete -c backrelief -n '__fish_seen_subcommand_from log' -l amend
complete -c backrelief -n '__fish_seen_subcommand_from log' -l pain -x
complete -c backrelief -n '__fish_seen_subcommand_from log' -l tightness -x
# stats, schedule, import, doctor, vocab, help
complete -c backrelief -n '__fish_seen_subcommand_from stats' -l until -x
complete -c backrelief -n '__fish_seen_subcommand_from schedule' -l start -x
complete -c backrelief -n '__fish_seen_subcommand_from schedule' -l weeks -x
complete -c backrelief -n '__fish_seen_subcommand_from schedule' -l leg-days -x
complete -c backrelief -n '__fish_seen_subcommand_from schedule' -l ics -r -F
complete -c backrelief -n '__fish_seen_subcommand_from schedule' -l frequency -x
complete -c backrelief -n '__fish_seen_subcommand_from import' -a 'free-exercise-db' -F
complete -c backrelief -n '__fish_seen_subcommand_from import' -l verbose
complete -c backrelief -n '__fish_seen_subcommand_from doctor' -l reject
complete -c backrelief -n '__fish_seen_subcommand_from vocab' -x -a '(backrelief vocab 2>/dev/null)'
complete -c backrelief -n '__fish_seen_subcommand_from help' -x -a "$cmds"
