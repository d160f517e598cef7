#!/bin/sh
# The shell completions (issue 21, item 9): each parses (bash -n, and zsh -n
# and fish -n where those shells are installed), names every command of
# `backrelief --help`, and completes commands, options and ids from the
# program itself.
set -u
cli=$1 dir=$2
. "$(dirname "$0")/lib.sh"
mkdir -p "$tmp/bin"
ln -s "$cli" "$tmp/bin/backrelief"
PATH=$tmp/bin:$PATH
export PATH
cmds=$(backrelief --help | awk '/^Commands:/ { on = 1; next } on && /^  [a-z]/ { print $1 } on && /^$/ { on = 0 }')
[ -n "$cmds" ] || fail "no commands in --help"
for f in backrelief.bash _backrelief backrelief.fish; do
  for c in $cmds; do
    grep -q "\\b$c\\b" "$dir/$f" || fail "$f does not know the command $c"
  done
done

# bash: parses, and completes
bash -n "$dir/backrelief.bash" || fail "bash -n backrelief.bash"
comp() { # comp WORDS...: what bash completes after them
  bash -c '. "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); _backrelief; printf "%s\n" "${COMPREPLY[@]}"' \
    sh "$dir/backrelief.bash" "$@"
}
comp backrelief li | grep -qx list || fail "bash: 'li' does not complete to list"
comp backrelief list --re | grep -qx -- --region || fail "bash: list --re"
comp backrelief list --wi | grep -qx -- --wide || fail "bash: list --wi"
comp backrelief list --region low | grep -qx lower-back || fail "bash: --region low"
comp backrelief plan --equipment foam-roller,mas | grep -qx foam-roller,massage-ball ||
  fail "bash: --equipment a,b: $(comp backrelief plan --equipment foam-roller,mas)"
comp backrelief show cat- | grep -qx cat-camel || fail "bash: show cat-"
comp backrelief vocab sou | grep -qx source-kind || fail "bash: vocab sou"
backrelief --data-dir "$tmp/d" plan --goal maintenance --minutes 10 --save evening >/dev/null 2>&1 ||
  fail "plan --save exited $?"
comp backrelief --data-dir "$tmp/d" run ev | grep -qx evening || fail "bash: run ev (a saved routine)"

# zsh and fish, where installed
if command -v zsh >/dev/null 2>&1; then
  zsh -n "$dir/_backrelief" || fail "zsh -n _backrelief"
  zsh -fc "fpath=($dir \$fpath); autoload -Uz compinit; compinit -u -d $tmp/zcompdump; autoload -Uz _backrelief; whence -w _backrelief" |
    grep -q 'function' || fail "zsh: _backrelief does not load"
else
  echo "zsh not installed: its completion not checked"
fi
if command -v fish >/dev/null 2>&1; then
  fish -n "$dir/backrelief.fish" || fail "fish -n backrelief.fish"
  fish -c "source $dir/backrelief.fish; complete -C 'backrelief list --region low'" | grep -q '^lower-back' ||
    fail "fish: --region low"
  fish -c "source $dir/backrelief.fish; complete -C 'backrelief sch'" | grep -q '^schedule' ||
    fail "fish: sch"
else
  echo "fish not installed: its completion not checked"
fi
finish "completions: ok"
