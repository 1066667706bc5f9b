package dates

import (
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/timelinehq/timeline/internal/sentence"
)

// DocType says how relative phrases are anchored.
type DocType int

const (
	// News anchors relative phrases ("last month", "Friday") to the
	// publication date.
	News DocType = iota
	// Narrative anchors relative phrases to the most recent date mentioned
	// before them (histories, Wikipedia).
	Narrative
)

// Tagger finds and resolves temporal expressions. A Tagger is safe for
// concurrent use; build it once with New.
type Tagger struct {
	rules []*Rule
}

var defaultTagger = sync.OnceValue(func() *Tagger { return &Tagger{rules: builtinRules()} })

// New returns a Tagger with the built-in rules. The rules are compiled once
// per process and shared.
func New() *Tagger { return defaultTagger() }

// Rules returns the tagger's rules in priority order.
func (t *Tagger) Rules() []*Rule { return t.rules }

// Tag returns every temporal expression in text, resolved against anchor
// (the publication date), sorted by start offset and non-overlapping.
func (t *Tagger) Tag(text string, anchor time.Time) []Mention {
	return t.TagDoc(text, anchor, News)
}

// candidate is a rule match before overlaps are settled.
type candidate struct {
	start, end int
	rule       int // index in t.rules: lower wins ties
	expr       Expr
	sent       sentence.Span
}

// Find returns the unresolved expressions in text: every rule match, with
// overlaps settled (the longest match wins, then the earlier rule).
func (t *Tagger) find(text string) []candidate {
	var cands []candidate
	for _, sp := range sentence.Split(text) {
		s := text[sp.Start:sp.End]
		for ri, r := range t.rules {
			pos := 0
			for pos < len(s) {
				m := r.Find(s[pos:])
				if m == nil {
					break
				}
				mm := &match{r: r, m: m, text: s, start: pos + m.Left, end: pos + m.Right}
				if mm.end > mm.start {
					// build may narrow mm.start/mm.end (a word that proved to be context)
					if e, ok := r.build(mm); ok && mm.end > mm.start {
						cands = append(cands, candidate{start: sp.Start + mm.start, end: sp.Start + mm.end, rule: ri, expr: e, sent: sp})
					}
				}
				pos = nextWordStart(s, pos+m.Left)
			}
		}
	}
	return settle(cands)
}

// settle keeps the longest non-overlapping candidates, in text order.
func settle(c []candidate) []candidate {
	sort.SliceStable(c, func(i, j int) bool {
		li, lj := c[i].end-c[i].start, c[j].end-c[j].start
		if li != lj {
			return li > lj
		}
		if c[i].rule != c[j].rule {
			return c[i].rule < c[j].rule
		}
		return c[i].start < c[j].start
	})
	var kept []candidate
	for _, x := range c {
		overlap := false
		for _, k := range kept {
			if x.start < k.end && k.start < x.end {
				overlap = true
				break
			}
		}
		if !overlap {
			kept = append(kept, x)
		}
	}
	sort.Slice(kept, func(i, j int) bool { return kept[i].start < kept[j].start })
	return kept
}

// nextWordStart returns the offset of the first word after the one at i.
func nextWordStart(s string, i int) int {
	for i < len(s) && isWordByte(s[i]) {
		i++
	}
	for i < len(s) && !isWordByte(s[i]) {
		i++
	}
	if i == 0 {
		i = 1
	}
	return i
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// TagDoc is Tag with an explicit document type: Narrative anchors relative
// expressions to the most recent date mentioned before them.
func (t *Tagger) TagDoc(text string, anchor time.Time, doc DocType) []Mention {
	cands := t.find(text)
	out := make([]Mention, 0, len(cands))
	ref := anchor // the most recent day-or-finer date mentioned
	var cues *tenseCues
	var cueSent sentence.Span
	for _, c := range cands {
		if cues == nil || c.sent != cueSent {
			cues, cueSent = newTenseCues(text[c.sent.Start:c.sent.End]), c.sent
		}
		tense := cues.at(c.start-c.sent.Start, c.end-c.sent.Start)
		e := c.expr
		if e.PastFallback != nil && cues.pastBefore(c.start-c.sent.Start) {
			e = *e.PastFallback
		}
		a := anchor
		if e.Anaphoric || doc == Narrative && (e.Kind == Relative || e.Kind == Calendar && e.Year == 0) {
			a = ref
		}
		v, ok := Resolve(e, a, tense)
		if !ok {
			continue
		}
		if (v.Type == Date || v.Type == Time) && v.HasInterval() && v.Grain <= GrainDay {
			ref = v.Start
		}
		if doc == Narrative && v.HasInterval() && v.Grain > GrainDay && e.Year != 0 {
			ref = v.Start
		}
		out = append(out, Mention{Start: c.start, End: c.end, Text: text[c.start:c.end], Rule: t.rules[c.rule].Name, Value: v})
	}
	return out
}

// tenseCues locates tense cue words in a sentence.
type tenseCues struct {
	future []int // offsets of future cues
	past   []int // offsets of past cues
}

func newTenseCues(s string) *tenseCues {
	l := lex()
	c := &tenseCues{}
	low := strings.ToLower(strings.ReplaceAll(s, "’", "'"))
	for _, cue := range l.future {
		for i := 0; ; {
			j := strings.Index(low[i:], cue)
			if j < 0 {
				break
			}
			at := i + j
			end := at + len(cue)
			if (at == 0 || !isWordByte(low[at-1]) || cue[0] == '\'') && (end == len(low) || !isWordByte(low[end])) {
				c.future = append(c.future, at)
			}
			i = end
		}
	}
	// past cues are single words
	for i := 0; i < len(low); {
		for i < len(low) && !isWordByte(low[i]) {
			i++
		}
		j := i
		for j < len(low) && isWordByte(low[j]) {
			j++
		}
		if j > i && l.past[low[i:j]] && !afterBe(low, i) {
			c.past = append(c.past, i)
		}
		i = j
	}
	return c
}

// at returns the tense for a phrase at [start, end) of the sentence: future
// when the nearest future cue before the phrase has no past cue between
// them, or, failing that, when a future cue follows the phrase with no past
// cue between.
func (c *tenseCues) at(start, end int) Tense {
	bestF, bestP := -1, -1
	for _, f := range c.future {
		if f < start && f > bestF {
			bestF = f
		}
	}
	for _, p := range c.past {
		if p < start && p > bestP {
			bestP = p
		}
	}
	if bestF >= 0 {
		if bestF > bestP {
			return Future
		}
		return Past
	}
	nextF, nextP := -1, -1
	for _, f := range c.future {
		if f >= end && (nextF < 0 || f < nextF) {
			nextF = f
		}
	}
	for _, p := range c.past {
		if p >= end && (nextP < 0 || p < nextP) {
			nextP = p
		}
	}
	if nextF >= 0 && bestP < 0 && (nextP < 0 || nextF < nextP) {
		return Future
	}
	return Past
}

// pastBefore reports whether the nearest tense cue before offset start is a
// past one.
func (c *tenseCues) pastBefore(start int) bool {
	bestF, bestP := -1, -1
	for _, f := range c.future {
		if f < start && f > bestF {
			bestF = f
		}
	}
	for _, p := range c.past {
		if p < start && p > bestP {
			bestP = p
		}
	}
	return bestP > bestF
}

// afterBe reports whether the word before offset i is a form of "be", which
// makes a past participle passive rather than past ("will be held").
func afterBe(low string, i int) bool {
	j := i
	for j > 0 && low[j-1] == ' ' {
		j--
	}
	k := j
	for k > 0 && isWordByte(low[k-1]) {
		k--
	}
	switch low[k:j] {
	case "be", "been", "being":
		return true
	}
	return false
}
