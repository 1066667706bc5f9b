package eval

import (
	"cmp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/timelinehq/timeline/dates"
)

// Scores counts gold and system expressions and their matches.
type Scores struct {
	Gold, System int
	Strict       int // relaxed matches with the identical span
	Relaxed      int // gold and system expressions paired one to one by overlap
	Type         int // relaxed matches with the gold type
	Value        int // relaxed matches with the gold value (case-insensitive)
}

// PRF is a precision, recall and F1, as fractions from 0 to 1.
type PRF struct{ P, R, F1 float64 }

// PRF returns the precision (matches / System), recall (matches / Gold) and
// F1 of a number of matches: s.PRF(s.Relaxed) scores relaxed extents. A 0/0
// is 0.
func (s Scores) PRF(matches int) PRF {
	p, r := ratio(matches, s.System), ratio(matches, s.Gold)
	f := 0.0
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return PRF{p, r, f}
}

// ValueAccuracy is the share of relaxed matches with the gold value.
func (s Scores) ValueAccuracy() float64 { return ratio(s.Value, s.Relaxed) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Kind is the kind of a Mistake.
type Kind string

const (
	Missed     Kind = "missed"      // a gold expression no system expression overlaps
	Spurious   Kind = "spurious"    // a system expression no gold expression overlaps
	WrongValue Kind = "wrong_value" // a relaxed match with another value
	WrongType  Kind = "wrong_type"  // a relaxed match with another type
)

// Mistake is one disagreement between the system and the gold annotation. A
// match with both a wrong value and a wrong type gives two mistakes.
type Mistake struct {
	Doc    string // Doc.ID
	Kind   Kind
	Gold   *Timex // nil for Spurious
	System *Timex // nil for Missed
	// Context is the phrase (the gold one, or the system one when spurious)
	// in [[double brackets]] with up to 60 bytes of text either side, cut on
	// rune boundaries, line breaks shown as spaces.
	Context string
}

// Report is the result of Score.
type Report struct {
	Docs  int // documents scored
	Bytes int // bytes of their text
	// TIMEX2Docs counts documents in the TIMEX2 format, whose gold types are
	// inferred from values: type scores on them are only indicative.
	TIMEX2Docs int
	Scores     // over all expressions
	// ByType holds the scores per gold type, for each of DATE, TIME,
	// DURATION and SET (see the package documentation).
	ByType   map[string]Scores
	Mistakes []Mistake // in document order, then text order
	// Elapsed is the time the system took to tag the documents, set by the
	// caller; 0 when not measured.
	Elapsed time.Duration
}

// DocsPerSecond is the tagging speed in documents per second, 0 when
// Elapsed is not set.
func (r *Report) DocsPerSecond() float64 {
	if r.Elapsed <= 0 {
		return 0
	}
	return float64(r.Docs) / r.Elapsed.Seconds()
}

// MBPerSecond is the tagging speed in megabytes (10⁶ bytes) of text per
// second, 0 when Elapsed is not set.
func (r *Report) MBPerSecond() float64 {
	if r.Elapsed <= 0 {
		return 0
	}
	return float64(r.Bytes) / 1e6 / r.Elapsed.Seconds()
}

// types are the TIMEX3 types, in report order.
func types() [4]string { return [4]string{Date, Time, Duration, Set} }

// Score compares the system expressions with the gold ones: system[i] holds
// the expressions the system found in docs[i] (a missing entry counts as
// none). Mistakes point to the expressions in docs and system.
func Score(docs []*Doc, system [][]Timex) *Report {
	r := &Report{ByType: make(map[string]Scores, 4)}
	for _, t := range types() {
		r.ByType[t] = Scores{}
	}
	for i, doc := range docs {
		var sys []Timex
		if i < len(system) {
			sys = system[i]
		}
		r.Docs++
		r.Bytes += len(doc.Text)
		if doc.Format == TIMEX2 {
			r.TIMEX2Docs++
		}
		r.scoreDoc(doc, sys)
	}
	return r
}

// count adds to the scores overall and for one type, if it is one of the
// four.
func (r *Report) count(typ string, f func(*Scores)) {
	f(&r.Scores)
	if s, ok := r.ByType[typ]; ok {
		f(&s)
		r.ByType[typ] = s
	}
}

func (r *Report) scoreDoc(doc *Doc, sys []Timex) {
	gold := doc.Gold
	for _, g := range gold {
		r.count(g.Type, func(s *Scores) { s.Gold++ })
	}
	pairs := match(gold, sys)
	// A system expression counts for the type of the gold it matches, or its
	// own type when it matches none, so that per-type figures add up to the
	// overall ones and precision stays within 100.
	sysType := make([]string, len(sys))
	for i, s := range sys {
		sysType[i] = s.Type
	}
	for _, p := range pairs {
		sysType[p.s] = gold[p.g].Type
	}
	for _, t := range sysType {
		r.count(t, func(sc *Scores) { sc.System++ })
	}
	var mistakes []Mistake
	add := func(k Kind, g, s *Timex) {
		span := g
		if span == nil {
			span = s
		}
		mistakes = append(mistakes, Mistake{Doc: doc.ID, Kind: k, Gold: g, System: s,
			Context: context(doc.Text, span.Start, span.End)})
	}
	goldMatched := make([]bool, len(gold))
	sysMatched := make([]bool, len(sys))
	for _, p := range pairs {
		g, s := &gold[p.g], &sys[p.s]
		goldMatched[p.g], sysMatched[p.s] = true, true
		strict := g.Start == s.Start && g.End == s.End
		typeOK := strings.EqualFold(g.Type, s.Type)
		valueOK := strings.EqualFold(g.Value, s.Value)
		r.count(g.Type, func(sc *Scores) {
			sc.Relaxed++
			if strict {
				sc.Strict++
			}
			if typeOK {
				sc.Type++
			}
			if valueOK {
				sc.Value++
			}
		})
		if !valueOK {
			add(WrongValue, g, s)
		}
		if !typeOK {
			add(WrongType, g, s)
		}
	}
	for i := range gold {
		if !goldMatched[i] {
			add(Missed, &gold[i], nil)
		}
	}
	for i := range sys {
		if !sysMatched[i] {
			add(Spurious, nil, &sys[i])
		}
	}
	slices.SortStableFunc(mistakes, func(a, b Mistake) int {
		return cmp.Or(cmp.Compare(a.start(), b.start()), cmp.Compare(kindRank(a.Kind), kindRank(b.Kind)))
	})
	r.Mistakes = append(r.Mistakes, mistakes...)
}

// start is the offset a mistake is sorted by: its gold expression's, else
// its system expression's.
func (m Mistake) start() int {
	if m.Gold != nil {
		return m.Gold.Start
	}
	return m.System.Start
}

func kindRank(k Kind) int {
	switch k {
	case Missed:
		return 0
	case Spurious:
		return 1
	case WrongValue:
		return 2
	}
	return 3
}

// rank is 0 for false and 1 for true.
func rank(b bool) int {
	if b {
		return 1
	}
	return 0
}

// pair is a relaxed match: indexes into the gold and system expressions.
type pair struct{ g, s int }

// match pairs gold and system expressions one to one: of all overlapping
// pairs, the one with the largest overlap first, then (for equal overlaps)
// an identical span, then the earliest gold start, then the earliest system
// start; each expression is used once.
func match(gold, sys []Timex) []pair {
	type cand struct {
		pair
		overlap int
		exact   bool
	}
	var cands []cand
	for i, g := range gold {
		for j, s := range sys {
			if o := min(g.End, s.End) - max(g.Start, s.Start); o > 0 {
				exact := g.Start == s.Start && g.End == s.End
				cands = append(cands, cand{pair{i, j}, o, exact})
			}
		}
	}
	slices.SortFunc(cands, func(a, b cand) int {
		return cmp.Or(
			cmp.Compare(b.overlap, a.overlap),
			cmp.Compare(rank(!a.exact), rank(!b.exact)),
			cmp.Compare(gold[a.g].Start, gold[b.g].Start),
			cmp.Compare(sys[a.s].Start, sys[b.s].Start),
			cmp.Compare(a.g, b.g),
			cmp.Compare(a.s, b.s),
		)
	})
	usedG := make([]bool, len(gold))
	usedS := make([]bool, len(sys))
	var pairs []pair
	for _, c := range cands {
		if usedG[c.g] || usedS[c.s] {
			continue
		}
		usedG[c.g], usedS[c.s] = true, true
		pairs = append(pairs, c.pair)
	}
	slices.SortFunc(pairs, func(a, b pair) int { return cmp.Compare(gold[a.g].Start, gold[b.g].Start) })
	return pairs
}

// contextBytes is how much text a Mistake's context shows either side.
const contextBytes = 60

// context shows text[start:end] in [[brackets]] with up to contextBytes of
// text either side, cut on rune boundaries, line breaks as spaces.
func context(text string, start, end int) string {
	start = min(max(start, 0), len(text))
	end = min(max(end, start), len(text))
	from := max(start-contextBytes, 0)
	for from < start && !utf8.RuneStart(text[from]) {
		from++
	}
	to := min(end+contextBytes, len(text))
	for to > end && to < len(text) && !utf8.RuneStart(text[to]) {
		to--
	}
	flat := strings.NewReplacer("\n", " ", "\r", " ")
	return flat.Replace(text[from:start]) + "[[" + flat.Replace(text[start:end]) + "]]" + flat.Replace(text[end:to])
}

// FromMentions turns the mentions the dates tagger found into system
// expressions.
func FromMentions(ms []dates.Mention) []Timex {
	out := make([]Timex, len(ms))
	for i, m := range ms {
		out[i] = Timex{Start: m.Start, End: m.End, Text: m.Text, Type: string(m.Type),
			Value: m.Value.Value, Mod: string(m.Mod), Rule: m.Rule}
	}
	return out
}
