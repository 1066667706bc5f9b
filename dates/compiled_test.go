package dates

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// rulesGoVersionFile names the Go that made rules.bin.
const rulesGoVersionFile = "testdata/rules.bin.go-version"

var update = flag.Bool("update", false, "rewrite rules.bin from the rules as compiled now")

// generateRules compiles every built-in rule's pattern and returns the
// contents rules.bin should have.
func generateRules(t *testing.T) []byte {
	t.Helper()
	rs := builtinRules()
	names, bodies := make([]string, len(rs)), make([]string, len(rs))
	compiled := make([]compiledRule, len(rs))
	for i, r := range rs {
		c, err := compileBody(r.body, lex())
		if err != nil {
			t.Fatalf("rule %s: %v", r.Name, err)
		}
		names[i], bodies[i], compiled[i] = r.Name, r.body, c
		r.setCompiled(c)
		r.stored = false
	}
	takes := rulesTakes(rs)
	b, err := appendRules(nil, lexiconKey(), names, bodies, compiled, newStepIndexTaking(rs, takes), newVocabIndexTaking(rs, takes))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestCompiledRules fails when rules.bin is not what compiling the
// built-in rules gives now (a rule, a word list or the compiler changed):
// go generate ./dates, or go test ./dates -run ^TestCompiledRules$ -update,
// rewrites it. Every built-in rule must then load from it, as what it
// would compile to.
func TestCompiledRules(t *testing.T) {
	want := generateRules(t)
	if *update {
		if err := os.WriteFile("rules.bin", want, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(rulesGoVersionFile, []byte(runtime.Version()+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(rulesBin, want) {
		// Another Go may compile a pattern to other instructions
		// (regexp/syntax): the stored ones still do what the rules say
		// (TestCompiledFallback), so only the Go that made the file can
		// tell that it is stale.
		made, _ := os.ReadFile(rulesGoVersionFile)
		if v := strings.TrimSpace(string(made)); v != runtime.Version() {
			t.Skipf("rules.bin was made by %s and this is %s, which compiles the rules to other bytes: go generate ./dates to check it with this Go", v, runtime.Version())
		}
		t.Fatalf("rules.bin (%d bytes) is stale: the rules compile to %d other bytes; run go generate ./dates", len(rulesBin), len(want))
	}
	for _, r := range builtinRules() {
		loaded, ok := loadCompiled(r.Name, r.body)
		if !r.stored {
			t.Fatalf("rule %s is not loaded from rules.bin", r.Name)
		}
		if !ok {
			t.Fatalf("rule %s does not load from rules.bin", r.Name)
		}
		fresh, err := compileBody(r.body, lex())
		if err != nil {
			t.Fatal(err)
		}
		if loaded.fast != nil || r.fastProg.Load() != nil {
			t.Fatalf("rule %s: its program is decoded before it is tried", r.Name)
		}
		loaded.fast = r.fast()
		a, err1 := appendCompiled(nil, loaded)
		b, err2 := appendCompiled(nil, fresh)
		if err1 != nil || err2 != nil || !bytes.Equal(a, b) {
			t.Fatalf("rule %s loads other than it compiles (%v, %v)", r.Name, err1, err2)
		}
	}
}

// TestStoredIndexes loads the built-in rules' step and vocabulary indexes
// from rules.bin as they were stored, and only for those rules in that
// order.
func TestStoredIndexes(t *testing.T) {
	rs := builtinRules()
	if !allStored(rs) {
		t.Fatal("the built-in rules are not all loaded from rules.bin")
	}
	steps, ok1 := loadStepIndex(rs)
	vocab, ok2 := loadVocabIndex(rs)
	if !ok1 || !ok2 {
		t.Fatal("the indexes do not load")
	}
	if !bytes.Equal(appendStepIndex(nil, steps), storedRules().steps) || !bytes.Equal(appendVocabIndex(nil, vocab), storedRules().vocab) {
		t.Fatal("the indexes load other than they were stored")
	}
	swapped := slices.Clone(rs)
	swapped[0], swapped[1] = swapped[1], swapped[0]
	if allStored(swapped) || allStored(rs[1:]) {
		t.Fatal("rules in another order, or fewer, take the stored indexes")
	}
}

// TestCompiledRulesOther compiles a rule that rules.bin does not hold, or
// holds with another pattern, rather than loading it.
func TestCompiledRulesOther(t *testing.T) {
	if _, ok := loadCompiled("no_such_rule", `(\d+)()`); ok {
		t.Fatal("an unknown rule loads")
	}
	r := builtinRules()[0]
	if _, ok := loadCompiled(r.Name, r.body+"x"); ok {
		t.Fatal("a rule loads with another pattern")
	}
	if _, _, err := readRules(rulesBin[:len(rulesBin)-1]); err == nil {
		t.Fatal("a cut rules.bin reads")
	}
}

// TestDecodeFastConcurrent tags with a fresh tagger on several goroutines
// at once, so that rules are decoded on first use by whichever comes
// first (run under -race), and each gets the mentions of one alone.
func TestDecodeFastConcurrent(t *testing.T) {
	text := "Last month, on Aug. 3, 2016, and again two weeks ago, the council met; it meets every Friday at 3 p.m. until the summer of 2017."
	anchor := time.Date(2016, 8, 26, 0, 0, 0, 0, time.UTC)
	ms := New().Tag(text, anchor)
	if len(ms) < 4 {
		t.Fatalf("%d mentions: %v", len(ms), ms)
	}
	want := fmt.Sprint(ms)
	tg := newTagger(builtinRules())
	var wg sync.WaitGroup
	got := make([]string, 4)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i] = fmt.Sprint(tg.Tag(text, anchor))
		}()
	}
	wg.Wait()
	for _, g := range got {
		if g != want {
			t.Fatalf("got %s, want %s", g, want)
		}
	}
}

// TestCompiledFallback tags with rules compiled from their patterns, as
// when rules.bin does not hold them (a word list changed since go
// generate): the tagger then builds its indexes from the programs, and
// must find what the stored rules find.
func TestCompiledFallback(t *testing.T) {
	rs := builtinRules()
	for _, r := range rs {
		c, err := compileBody(r.body, lex())
		if err != nil {
			t.Fatal(err)
		}
		r.setCompiled(c)
		r.stored = false
	}
	compiled, stored := newTagger(rs), New()
	anchor := time.Date(2016, 8, 26, 0, 0, 0, 0, time.UTC)
	for _, text := range readTexts(t, seedText, corpusText, negativeText) {
		if got, want := fmt.Sprint(compiled.Tag(text, anchor)), fmt.Sprint(stored.Tag(text, anchor)); got != want {
			t.Fatalf("compiled rules: %s\nstored rules: %s", got, want)
		}
	}
}
