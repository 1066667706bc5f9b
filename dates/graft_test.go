package dates

import (
	"regexp/syntax"
	"slices"
	"testing"
)

// anchoredTree grafts the placeholders' parse trees into each rule's and
// must build the very tree that parsing the expanded pattern builds: the
// same groups, numbered alike, and the same program.
func TestAnchoredTree(t *testing.T) {
	l := lex()
	bodies := []string{
		`(?P<a>x)\s+{month}\s+(?P<b>{year})?`,           // grafts between groups
		`(?:{month}|(?P<c>sept))\s+{month}`,             // alone in an alternation: parsed whole
		`(?P<d>{count}|an?|{vague})[\s-]+(?P<u>{unit})`, // the same, inside a named group
		`{dnum}\s+of\s+{month}`,                         // not an alternation: parsed with the rule
		`(?:{season}|{season})`,                         // both alone
		`(?:(?:{month})|a)`,                             // a group alone in an alternation: graft gives up
		`{month}|a`,
		`(?:{count}|{count})|(?:x|{count}y|{count})`, // alternatives grafted one by one
		`(?:\d+|{count}|a)`,
		`(?:ab){0}cd|(?:e|f{2,})`,                        // prefixes: a repeat none of which the simplified pattern keeps                                      // alone in the body
		`(?:the\s+)?{weekdayname}(?P<p>s)?{month}+{ord}`, // adjacent, repeated
	}
	for _, r := range builtinRules() {
		bodies = append(bodies, r.body)
	}
	for _, body := range bodies {
		got, names, err := anchoredTree(body, l)
		if err != nil {
			t.Fatalf("%s: %v", body, err)
		}
		want, err := syntax.Parse(anchoredPattern(body, l), syntax.Perl)
		if err != nil {
			t.Fatalf("%s: %v", body, err)
		}
		if !got.Equal(want) {
			t.Errorf("%.60s: tree differs from the parse of the expanded pattern", body)
			continue
		}
		gotProg, err := syntax.Compile(got.Simplify())
		if err != nil {
			t.Fatal(err)
		}
		wantProg, err := syntax.Compile(want.Simplify())
		if err != nil {
			t.Fatal(err)
		}
		if gotProg.String() != wantProg.String() {
			t.Errorf("%.60s: program differs", body)
		}
		if w := want.CapNames(); !slices.Equal(names, w) {
			t.Errorf("%.60s: groups %q, want %q", body, names, w)
		}
		if p, w := firstPrefixes(got), firstPrefixes(want.Simplify()); !slices.Equal(p, w) {
			t.Errorf("%.60s: prefixes %q, want %q as of the simplified pattern", body, p, w)
		}
	}
}

func TestOpaqueAlternative(t *testing.T) {
	for _, c := range []struct {
		pattern string
		want    bool
	}{
		{`ab`, false},
		{`a\s+b`, false},
		{`[ab]c`, false},
		{`\d{2}x`, false},
		{`\d+x`, true},
		{`(?:ab|cd)e`, true},
		{`(?:a|b)c`, false}, // [ab]c
		{`(?:a|b)?c`, true},
		{`(?P<x>a)`, true},
		{`(?:)`, false},
	} {
		re, err := syntax.Parse(c.pattern, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		if got := opaqueAlternative(re); got != c.want {
			t.Errorf("%s (%v): got %v", c.pattern, re.Op, got)
		}
	}
}

func TestAloneInAlternation(t *testing.T) {
	for _, c := range []struct {
		body string
		want bool
	}{
		{`a{x}b`, false},
		{`(?:{x})`, false},
		{`(?P<n>{x})`, false},
		{`(?:{x}|a)`, true},
		{`(?:a|{x})`, true},
		{`(?P<n>a|{x}|b)`, true},
		{`({x}|b)`, true},
		{`a|{x}b`, false},
		{`(?P<n>x){x}|b`, false},
		{`{x}|b`, true}, // the body is a group's
		{`b|{x}`, true},
		{`{x}`, false},
	} {
		i, j := nextPlaceholder(c.body)
		if got := aloneInAlternation(c.body, i, j); got != c.want {
			t.Errorf("%s: got %v", c.body, got)
		}
	}
}
