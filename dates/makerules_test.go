package dates

import (
	"runtime"
	"slices"
	"testing"
)

// Rules made on several goroutines are the rules made one after another,
// in the same order: the same names, patterns, groups, prefixes and
// compiled programs.
func TestMakeRulesParallel(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	one := builtinRules()
	runtime.GOMAXPROCS(4)
	many := builtinRules()
	if len(one) != len(many) {
		t.Fatalf("%d rules on one goroutine, %d on four", len(one), len(many))
	}
	for i, a := range one {
		b := many[i]
		if a.Name != b.Name || a.body != b.body || !slices.Equal(a.groups, b.groups) || !slices.Equal(a.prefixes, b.prefixes) ||
			a.fast().Syntax().String() != b.fast().Syntax().String() || a.leftASCII != b.leftASCII {
			t.Errorf("rule %d: %s made on four goroutines differs from %s made on one", i, b.Name, a.Name)
		}
	}
}
