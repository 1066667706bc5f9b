package dates_test

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/timelinehq/timeline/dates"
)

// Corpus tests in the style of Duckling: testdata/corpus.txt holds blocks of
// an expected value followed by the phrasings that must produce it, and
// testdata/negative.txt holds texts that must produce nothing. The format is
// documented at the top of corpus.txt. Run them with
//
//	go test ./dates -run 'Corpus|Negative' -v
const (
	corpusFile          = "testdata/corpus.txt"
	negativeFile        = "testdata/negative.txt"
	corpusMinPhrasings  = 300
	negativeMinTexts    = 40
	corpusNoGrainMarker = "-"
)

// corpusAnchor is the publication date every phrasing is resolved against:
// Friday 2016-08-26, in ISO week 2016-W34 (Mon Aug 22 .. Sun Aug 28). Tests
// never read the clock.
func corpusAnchor() time.Time { return time.Date(2016, time.August, 26, 0, 0, 0, 0, time.UTC) }

// corpusWant is what a block header expects of a mention.
type corpusWant struct {
	Type  dates.Type
	Value string
	Grain dates.Grain
	Mod   dates.Mod
}

// corpusCase is one phrasing of corpus.txt.
type corpusCase struct {
	Line       int    // 1-based line in corpus.txt
	Phrasing   string // as written, brackets included
	Text       string // what is tagged: the phrasing without brackets
	Start, End int    // byte span the mention must cover in Text
	Want       corpusWant
}

// corpusMods are the modifiers a header may name.
var corpusMods = []dates.Mod{
	dates.ModStart, dates.ModMid, dates.ModEnd, dates.ModApprox,
	dates.ModMoreThan, dates.ModLessThan, dates.ModEqOrLess, dates.ModEqOrMore,
	dates.ModBefore, dates.ModAfter, dates.ModOnOrAfter,
}

// parseCorpusHeader reads "= TYPE VALUE GRAIN [MOD]".
func parseCorpusHeader(line string) (corpusWant, error) {
	f := strings.Fields(strings.TrimPrefix(line, "="))
	if len(f) != 3 && len(f) != 4 {
		return corpusWant{}, fmt.Errorf("header %q: want \"= TYPE VALUE GRAIN [MOD]\"", line)
	}
	w := corpusWant{Type: dates.Type(f[0]), Value: f[1]}
	switch w.Type {
	case dates.Date, dates.Time:
	case dates.Duration:
		if !strings.HasPrefix(w.Value, "P") {
			return w, fmt.Errorf("header %q: a DURATION value starts with P", line)
		}
	case dates.Set:
		if !strings.HasPrefix(w.Value, "P") && !strings.HasPrefix(w.Value, "XXXX") {
			return w, fmt.Errorf("header %q: a SET value starts with P or XXXX", line)
		}
	default:
		return w, fmt.Errorf("header %q: unknown type %q (want DATE, TIME, DURATION or SET)", line, f[0])
	}
	if f[2] != corpusNoGrainMarker {
		g, ok := dates.ParseGrain(f[2])
		if !ok || g == dates.GrainNone {
			return w, fmt.Errorf("header %q: unknown grain %q (use %s for none)", line, f[2], corpusNoGrainMarker)
		}
		w.Grain = g
	}
	if len(f) == 4 {
		w.Mod = dates.Mod(f[3])
		known := false
		for _, m := range corpusMods {
			known = known || m == w.Mod
		}
		if !known {
			return w, fmt.Errorf("header %q: unknown mod %q", line, f[3])
		}
	}
	return w, nil
}

// splitCorpusPhrasing removes the brackets from a phrasing and returns the
// text and the span to check: the bracketed part, or the whole text.
func splitCorpusPhrasing(p string) (text string, start, end int, err error) {
	nOpen, nClose := strings.Count(p, "["), strings.Count(p, "]")
	if nOpen == 0 && nClose == 0 {
		return p, 0, len(p), nil
	}
	i, j := strings.Index(p, "["), strings.Index(p, "]")
	if nOpen != 1 || nClose != 1 || j < i+2 {
		return "", 0, 0, fmt.Errorf("phrasing %q: want at most one non-empty [bracketed] span", p)
	}
	return p[:i] + p[i+1:j] + p[j+1:], i, j - 1, nil
}

// loadCorpus parses corpus.txt; any format error fails the test at once.
func loadCorpus(t testing.TB) []corpusCase {
	t.Helper()
	data, err := os.ReadFile(corpusFile)
	if err != nil {
		t.Fatalf("reading corpus: %v", err)
	}
	var (
		cases   []corpusCase
		errs    []error
		want    corpusWant
		inBlock bool // a header has been read and no blank line since
		count   int  // phrasings in the current block
		header  int  // line of the current header
		seen    = map[string]int{}
	)
	endBlock := func() {
		if inBlock && count == 0 {
			errs = append(errs, fmt.Errorf("corpus.txt:%d: block has no phrasings", header))
		}
		inBlock, count = false, 0
	}
	for i, raw := range strings.Split(string(data), "\n") {
		n, line := i+1, strings.TrimSpace(raw)
		switch {
		case line == "":
			endBlock()
		case strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "="):
			if inBlock {
				errs = append(errs, fmt.Errorf("corpus.txt:%d: header inside a block; separate blocks with a blank line", n))
			}
			w, err := parseCorpusHeader(line)
			if err != nil {
				errs = append(errs, fmt.Errorf("corpus.txt:%d: %w", n, err))
			}
			want, inBlock, count, header = w, true, 0, n
		case !inBlock:
			errs = append(errs, fmt.Errorf("corpus.txt:%d: phrasing %q outside a block (no header above it)", n, line))
		default:
			count++
			text, start, end, err := splitCorpusPhrasing(line)
			if err != nil {
				errs = append(errs, fmt.Errorf("corpus.txt:%d: %w", n, err))
				continue
			}
			key := fmt.Sprintf("%d:%d:%s", start, end, text)
			if prev, dup := seen[key]; dup {
				errs = append(errs, fmt.Errorf("corpus.txt:%d: phrasing %q repeats line %d", n, line, prev))
				continue
			}
			seen[key] = n
			cases = append(cases, corpusCase{Line: n, Phrasing: line, Text: text, Start: start, End: end, Want: want})
		}
	}
	endBlock()
	if err := errors.Join(errs...); err != nil {
		t.Fatalf("malformed %s:\n%v", corpusFile, err)
	}
	return cases
}

// loadNegative reads negative.txt: one text a line, # comments and blank
// lines skipped.
func loadNegative(t testing.TB) (lines []int, texts []string) {
	t.Helper()
	data, err := os.ReadFile(negativeFile)
	if err != nil {
		t.Fatalf("reading negative texts: %v", err)
	}
	for i, raw := range strings.Split(string(data), "\n") {
		line := strings.TrimSpace(raw)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.ContainsAny(line, "[]") {
			t.Fatalf("negative.txt:%d: %q: brackets are not allowed here", i+1, line)
		}
		lines, texts = append(lines, i+1), append(texts, line)
	}
	return lines, texts
}

// tagCorpusText runs the tagger, turning a panic into an error so that one
// bad rule does not hide every other result.
func tagCorpusText(tagger *dates.Tagger, text string) (ms []dates.Mention, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("Tag panicked: %v", r)
		}
	}()
	return tagger.Tag(text, corpusAnchor()), nil
}

func corpusGrain(g dates.Grain) string {
	if g == dates.GrainNone {
		return corpusNoGrainMarker
	}
	return g.String()
}

// formatCorpusMention shows everything a failure needs to be traced to its
// rule: span, text, type, value, grain, mod and rule name.
func formatCorpusMention(m dates.Mention) string {
	s := fmt.Sprintf("%d:%d %q %s %s %s", m.Start, m.End, m.Text, m.Type, m.Value.Value, corpusGrain(m.Grain))
	if m.Mod != dates.ModNone {
		s += " " + string(m.Mod)
	}
	return "{" + s + " rule=" + m.Rule + "}"
}

func formatCorpusMentions(ms []dates.Mention) string {
	parts := make([]string, len(ms))
	for i, m := range ms {
		parts[i] = formatCorpusMention(m)
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func (c corpusCase) want() string {
	s := fmt.Sprintf("%d:%d %q %s %s %s", c.Start, c.End, c.Text[c.Start:c.End], c.Want.Type, c.Want.Value, corpusGrain(c.Want.Grain))
	if c.Want.Mod != dates.ModNone {
		s += " " + string(c.Want.Mod)
	}
	return "{" + s + "}"
}

// check returns why got does not satisfy the case, or "" when it does.
func (c corpusCase) check(got []dates.Mention) string {
	whole := c.Start == 0 && c.End == len(c.Text)
	if whole && len(got) != 1 {
		return fmt.Sprintf("want exactly one mention covering the phrasing, got %d", len(got))
	}
	var over []dates.Mention
	for _, m := range got {
		if m.Start < c.End && m.End > c.Start {
			over = append(over, m)
		}
	}
	switch {
	case len(over) == 0:
		return "no mention over the expected span"
	case len(over) > 1:
		return fmt.Sprintf("%d mentions overlap the expected span, want one", len(over))
	}
	m := over[0]
	var bad []string
	if m.Start != c.Start || m.End != c.End {
		bad = append(bad, fmt.Sprintf("span %d:%d, want %d:%d", m.Start, m.End, c.Start, c.End))
	} else if m.Text != c.Text[c.Start:c.End] {
		bad = append(bad, fmt.Sprintf("Text %q does not match its span", m.Text))
	}
	if m.Type != c.Want.Type {
		bad = append(bad, "type")
	}
	if m.Value.Value != c.Want.Value {
		bad = append(bad, "value")
	}
	if m.Grain != c.Want.Grain {
		bad = append(bad, "grain")
	}
	if m.Mod != c.Want.Mod {
		bad = append(bad, "mod")
	}
	if len(bad) > 0 {
		return "wrong " + strings.Join(bad, ", ")
	}
	return ""
}

func TestCorpus(t *testing.T) {
	cases := loadCorpus(t)
	tagger := dates.New()
	pass := 0
	for _, c := range cases {
		ok := t.Run(fmt.Sprintf("L%d %s", c.Line, c.Phrasing), func(t *testing.T) {
			got, err := tagCorpusText(tagger, c.Text)
			if err != nil {
				t.Errorf("corpus.txt:%d: %q: %v, want %s", c.Line, c.Phrasing, err, c.want())
				return
			}
			if why := c.check(got); why != "" {
				t.Errorf("corpus.txt:%d: %q: got %s, want %s (%s)", c.Line, c.Phrasing, formatCorpusMentions(got), c.want(), why)
			}
		})
		if ok {
			pass++
		}
	}
	t.Logf("corpus: %d/%d phrasings pass", pass, len(cases))
}

// TestCorpusSize keeps the corpus from shrinking unnoticed and logs how the
// phrasings spread over types.
func TestCorpusSize(t *testing.T) {
	cases := loadCorpus(t)
	byType := map[dates.Type]int{}
	inContext := 0
	for _, c := range cases {
		byType[c.Want.Type]++
		if c.Start != 0 || c.End != len(c.Text) {
			inContext++
		}
	}
	t.Logf("corpus: %d phrasings (%d in context): DATE %d, TIME %d, DURATION %d, SET %d",
		len(cases), inContext, byType[dates.Date], byType[dates.Time], byType[dates.Duration], byType[dates.Set])
	if len(cases) < corpusMinPhrasings {
		t.Errorf("corpus has %d phrasings, want at least %d", len(cases), corpusMinPhrasings)
	}
	for _, typ := range []dates.Type{dates.Date, dates.Time, dates.Duration, dates.Set} {
		if byType[typ] == 0 {
			t.Errorf("corpus has no %s phrasing", typ)
		}
	}
}

func TestNegative(t *testing.T) {
	lines, texts := loadNegative(t)
	if len(texts) < negativeMinTexts {
		t.Errorf("negative.txt has %d texts, want at least %d", len(texts), negativeMinTexts)
	}
	tagger := dates.New()
	pass := 0
	for i, text := range texts {
		ok := t.Run(fmt.Sprintf("L%d %s", lines[i], text), func(t *testing.T) {
			got, err := tagCorpusText(tagger, text)
			if err != nil {
				t.Errorf("negative.txt:%d: %q: %v, want no mention", lines[i], text, err)
				return
			}
			if len(got) != 0 {
				t.Errorf("negative.txt:%d: %q: got %s, want no mention", lines[i], text, formatCorpusMentions(got))
			}
		})
		if ok {
			pass++
		}
	}
	t.Logf("negative: %d/%d texts pass", pass, len(texts))
}
