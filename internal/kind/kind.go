package kind

import (
	_ "embed"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/timelinehq/timeline/internal/ascii"
	"github.com/timelinehq/timeline/internal/wordindex"
)

// Kind is an event kind and its CAMEO code.
type Kind struct {
	Name  string // "negotiation", "visit", ..., "other"
	CAMEO string // "046", ...; "" for other
}

// Other is the kind of a sentence no trigger matches.
var Other = Kind{Name: "other"}

// String returns the kind's name.
func (k Kind) String() string { return k.Name }

// Description returns a one-line description of k from the data file
// ("Engage in negotiation: talks, negotiations, discussions."), or "" for a
// kind that is not one of All.
func (k Kind) Description() string {
	tb := load()
	if i, ok := tb.byName[k.Name]; ok && tb.kinds[i].Kind == k {
		return tb.kinds[i].desc
	}
	return ""
}

// Venue says where the event of a sentence took place relative to its
// participants. It decides the kind of a meeting; see ClassifyWith.
type Venue uint8

const (
	// VenueNone: the sentence names no place.
	VenueNone Venue = iota
	// VenueHome: the place is in the country of one of the participants
	// ("Kerry met Putin in Moscow"): a meeting there is a visit.
	VenueHome
	// VenueAway: the place is in none of the participants' countries, or its
	// country is unknown ("Kerry and Lavrov met in Geneva"): a meeting there
	// is a meeting at a third location.
	VenueAway
)

// String returns "none", "home" or "away".
func (v Venue) String() string {
	switch v {
	case VenueHome:
		return "home"
	case VenueAway:
		return "away"
	}
	return "none"
}

// Classify returns the kind of the event a sentence reports. It is
// ClassifyWith(sentence, VenueNone): a meeting without a known venue is a
// consultation.
func Classify(sentence string) Kind { return ClassifyWith(sentence, VenueNone) }

// ClassifyWith returns the kind of the event a sentence reports, given where
// it took place. The venue matters only for meetings ("met with", "meeting",
// "summit"): VenueHome makes them a visit, VenueAway a meeting at a third
// location, VenueNone a consultation.
func ClassifyWith(sentence string, v Venue) Kind { return Explain(sentence, v).Kind }

// ClassifyLower is ClassifyWith for a caller that has the sentence in lower
// case already: lower must be strings.ToLower(sentence), or "" to have it
// computed. It saves lowering the sentence again.
func ClassifyLower(sentence, lower string, v Venue) Kind { return explain(sentence, lower, v).Kind }

// Match is the outcome of a classification and the trigger that decided it.
type Match struct {
	Kind Kind
	// Trigger is the trigger as listed in data/kinds.txt ("met with"); ""
	// for Other, also when an event of [uncoded] decided ("pleaded guilty").
	Trigger string
	// Start and End are the byte offsets in the sentence of the words the
	// trigger matched (gap words included); both 0 for Other.
	Start, End int
	// Priority is the trigger's priority in data/kinds.txt; 0 for Other.
	// A caller weighing two matches ("a headline's kind against its
	// lead's") compares them by it.
	Priority int
	// Meet is set when the trigger is a meeting's ([meet]), whose kind
	// the venue decided.
	Meet bool
	// Uncoded is set when an event of [uncoded] decided ("pleaded
	// guilty", "the House voted to approve a bill"): the kind is Other,
	// yet the sentence tells an event, which a caller weighing a
	// headline's kind against it lets stand.
	Uncoded bool
	// reports is what Reports tells.
	reports bool
}

// Reports reports whether m's trigger makes its sentence a report: a
// statement's of priority 10 or more ("said", "told reporters"), not an
// announcement's ("announced", "press conference"), whose sentence tells
// an event as much as it reports one ("Plaintiffs had sued in April, after
// the tariffs were announced").
func (m Match) Reports() bool { return m.reports }

// Explain is ClassifyWith that also tells which trigger decided, so that a
// wrong kind can be traced to its trigger.
func Explain(sentence string, v Venue) Match { return explain(sentence, "", v) }

// scratch is the working memory of explain, kept for the next sentence.
type scratch struct {
	toks []Word
	hits []hit
	head *headline // the headline being classified, or nil for a sentence
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// explain is Explain of a sentence and its lower case (strings.ToLower), or
// "" to have it computed.
func explain(sentence, lower string, v Venue) Match {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	sc.toks = tokenizeInto(sentence, lower, sc.toks)
	return sc.explainWords(load(), sc.toks, v)
}

// ClassifyWords is ClassifyWith for a caller that has the words of the
// sentence already, as Words gives them: it saves splitting the sentence
// again. It reads their Lower, Quoted and Clause, not their offsets; an
// empty word matches no trigger.
func ClassifyWords(words []Word, v Venue) Kind {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	return sc.explainWords(load(), words, v).Kind
}

// Classifier is ClassifyWords with memory of its own, kept from one
// sentence to the next, for a caller that classifies many one after
// another and has somewhere to keep it: it saves ClassifyWords' taking
// memory from a pool and giving it back at each sentence. A Classifier is
// not safe for concurrent use; the zero Classifier is ready to use.
type Classifier struct {
	sc scratch
	tb *table // the triggers, once looked up
}

// ClassifyWords is the package's ClassifyWords, in c's memory.
func (c *Classifier) ClassifyWords(words []Word, v Venue) Kind { return c.ExplainWords(words, v).Kind }

// ExplainWords is ClassifyWords that also tells which trigger decided, as
// Explain does; Start and End are those of the words that matched.
func (c *Classifier) ExplainWords(words []Word, v Venue) Match {
	if c.tb == nil {
		c.tb = load()
	}
	return c.sc.explainWords(c.tb, words, v)
}

// ExplainHeadline is Explain of the clause of a headline that the lead of
// its story reports: the first of the clauses a semicolon joins, when it
// has a trigger, else the whole headline. "Talks collapse; rebels shell
// city" leads with the talks (a negotiation), while Explain of it, a
// sentence, finds the attack the stronger. Start and End are offsets in
// title.
func ExplainHeadline(title string, v Venue) Match { return ExplainHeadlineArmed(title, v, nil) }

// ExplainHeadlineArmed is ExplainHeadline that also reads the verbs of
// [armed-verb], which are nouns too ("strikes", "shell", "pounds"), as an
// attack when the headline names who strikes and what: the word before
// the verb is a force of [armed] ("Rebels shell Goma", "Israeli jets
// pound Gaza") or one for which armed, when not nil, reports true (a
// state or its people: "Israel strikes Iran"), and one of the two words
// after it is one too or a name, capitalised in a headline that is not in
// title case. "Workers strike at Ford plants", "UAW strikes Ford", "Israel
// strikes deal" and "Shell profits rise" report no attack.
func ExplainHeadlineArmed(title string, v Venue, armed func(word string) bool) Match {
	hd := headline{text: title, armed: armed}
	if i := strings.IndexByte(title, ';'); i >= 0 {
		if m := explainHeadline(title[:i], v, &hd); m.Kind != Other {
			return m
		}
	}
	return explainHeadline(title, v, &hd)
}

// headline is what a headline's armed verbs are read with (see
// ExplainHeadlineArmed): its text and the caller's word of states.
type headline struct {
	text  string
	armed func(word string) bool
}

// explainHeadline is Explain of a headline, or of its first clause, text,
// reading its armed verbs with hd.
func explainHeadline(text string, v Venue, hd *headline) Match {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	sc.toks = tokenizeInto(text, "", sc.toks)
	sc.head = hd
	defer func() { sc.head = nil }()
	return sc.explainWords(load(), sc.toks, v)
}

// ExplainLower is Explain for a caller that has the sentence in lower case
// already ("" to have it computed), as ClassifyLower.
func ExplainLower(sentence, lower string, v Venue) Match { return explain(sentence, lower, v) }

// explainWords is Explain of the words of a sentence, with the triggers
// of tb, in the memory of sc.
func (sc *scratch) explainWords(tb *table, toks []Word, v Venue) Match {
	if len(toks) == 0 {
		return Match{Kind: Other}
	}
	found := tb.find(toks, sc.hits[:0], sc.head != nil)
	sc.hits = found
	found = tb.otherSenses(toks, found, sc.head)
	found = unquotedOrAll(found)
	found = tb.unlabelled(toks, found)
	hits := tb.mainClause(toks, found)
	best, first := choose(hits)
	// A negated trigger decides nothing. Only the hits that decide are
	// looked at first, as most sentences negate none of them: the first
	// (which also places the clause of background) and the best. When one
	// is negated, the choice is made again without any negated hit.
	if best >= 0 && (tb.negated(toks, hits[first]) || best != first && tb.negated(toks, hits[best])) {
		hits = tb.mainClause(toks, tb.unnegated(toks, found))
		best, first = choose(hits)
	}
	if best < 0 {
		return Match{Kind: Other}
	}
	if hits[first].trig.kind == tb.statement && hits[first].trig.priority >= reporting && !tb.relative(toks, hits[first]) {
		best = first
	}
	h := hits[best]
	k := h.trig.kind
	if k == uncodedKind {
		return Match{Kind: Other, Uncoded: true} // an event CAMEO has no code for: "the Senate passed the bill"
	}
	if k == meetKind {
		if v != VenueHome && tb.atSeat(toks) {
			v = VenueHome // "met Trump at the White House": the host received a visit
		}
		switch v {
		case VenueHome:
			k = tb.visit
		case VenueAway:
			k = tb.meeting
		default:
			k = tb.consult
		}
	}
	return Match{
		Kind:     tb.kinds[k].Kind,
		Trigger:  h.trig.phrase,
		Start:    toks[h.start].Start,
		End:      toks[h.end-1].End,
		Priority: h.trig.priority,
		Meet:     h.trig.kind == meetKind,
		reports:  k == tb.statement && h.trig.priority >= reporting,
	}
}

// All returns every kind, in a stable documented order: statement, intent,
// consult, visit, meeting, mediation, negotiation, agreement, ceasefire,
// release, aid, investigate, convict, reject, threat, protest, sanction,
// coerce, attack, other.
func All() []Kind {
	tb := load()
	out := make([]Kind, len(tb.kinds))
	for i, k := range tb.kinds {
		out[i] = k.Kind
	}
	return out
}

// Parse returns the kind named s (a name or a CAMEO code), for --kind. Names
// are matched case-insensitively ("Visit"); codes are the kind's own
// ("042") or a nearby one mapped to it ("043" is a visit too, "041" a
// consult). Surrounding spaces are ignored.
func Parse(s string) (Kind, bool) {
	tb := load()
	if i, ok := tb.parse[strings.ToLower(strings.TrimSpace(s))]; ok {
		return tb.kinds[i].Kind, true
	}
	return Kind{}, false
}

//go:embed data/kinds.txt
var kindsData string

// meetKind is the kind index of the [meet] triggers, resolved by the venue.
const meetKind = -1

// backgroundSection is the section of the words of [background], which are
// no triggers.
const backgroundSection = -3

// negationSection and negationEndSection are the sections of the words of
// [negation] and [negation-end], which are no triggers.
const (
	negationSection    = -4
	negationEndSection = -5
)

// idiomKind is the kind index of the phrases of [idiom], and idiomPriority
// their priority, above every trigger's: an idiom wins at its first word.
// disasterSection is the section of the words of [disaster].
const (
	idiomKind         = -6
	idiomPriority     = 1 << 20
	disasterSection   = -7
	seatSection       = -8
	participleSection = -9
	relativeSection   = -10
)

// uncodedKind is the kind index of the triggers of [uncoded]: events that
// CAMEO has no code for (a legislature's vote, a plea, an acquittal),
// which decide like any trigger and make the sentence's kind Other, so
// that a weaker trigger around them does not give it a wrong one ("voted
// to approve a bill ... the deal that McCarthy negotiated" is no
// negotiation).
const uncodedKind = -11

// armedSection is the section of the words of [armed], and
// armedVerbSection that of the triggers of [armed-verb]: attack triggers
// that count only in a headline that names who strikes and what (see
// armedStrike).
const (
	armedSection     = -12
	armedVerbSection = -13
)

// reporting is the priority of the statement triggers that are reporting
// verbs ("said", "told"): one that comes first makes the sentence a
// statement.
const reporting = 10

// gap is the phrase word that stands for up to maxGap other words.
const (
	gap    = "..."
	maxGap = 4
)

// mark is the phrase word that stands for a mark between clauses (a
// comma, a parenthesis, a dash) between the words around it: "agreement ,
// signed" matches "The agreement, signed late on Friday, ...", a noun and
// the participle of its aside.
const mark = ","

// sections are the headers of the data file that start no kind, and what
// their lines are.
var sections = map[string]int{
	"meet":         meetKind,
	"background":   backgroundSection,
	"negation":     negationSection,
	"negation-end": negationEndSection,
	"idiom":        idiomKind,
	"disaster":     disasterSection,
	"seat":         seatSection,
	"participle":   participleSection,
	"uncoded":      uncodedKind,
	"relative":     relativeSection,
	"armed":        armedSection,
	"armed-verb":   armedVerbSection,
}

// trigger is one trigger line of the data file.
type trigger struct {
	words    []string // lowercase words; gap stands for up to maxGap words
	phrase   string   // as written in the data file
	kind     int      // index into table.kinds, or meetKind, idiomKind or uncodedKind
	priority int
	rest     wordSet // the words after the first, but the gap
	// after are the words after which the trigger, of one word, is a
	// participle ([participle]: "the" for "detained").
	after []string
	// armed is set for a trigger of [armed-verb], a word that is a noun
	// too ("strikes", "shell", "pounds"): it counts only in a headline
	// that names who strikes and what (see armedStrike).
	armed bool
}

// wordSet is a set of words that may hold others too (a Bloom filter of
// one hash): a word's bit is set when the word is in it. A trigger's
// words must all be in the sentence's set to match, which rules most
// triggers out before their words are compared one by one.
type wordSet [2]uint64

// add puts w, a non-empty word, in s.
func (s *wordSet) add(w string) {
	h := (uint(len(w))*131 + uint(w[0])*31 + uint(w[len(w)-1])) % 128
	s[h/64] |= 1 << (h % 64)
}

// holds reports whether every word of t may be in s.
func (s *wordSet) holds(t *wordSet) bool { return t[0]&^s[0] == 0 && t[1]&^s[1] == 0 }

// wordsOf returns the set of the (non-empty) words of toks.
func wordsOf(toks []Word) wordSet {
	var s wordSet
	for i := range toks {
		if w := toks[i].Lower; w != "" {
			s.add(w)
		}
	}
	return s
}

// kindInfo is a kind with what the data file says about it.
type kindInfo struct {
	Kind
	desc string
}

// table is the parsed data file.
type table struct {
	kinds  []kindInfo                   // in file order, Other last
	first  *wordindex.Index[[]*trigger] // triggers by their first word
	byName map[string]int               // kind name -> index
	parse  map[string]int               // lowercase name or CAMEO code -> index
	// background are the words that start a clause of background, whose
	// triggers count only when the clause before has none: "as", "amid".
	// A few words: a look through them costs less than a map's, and
	// backgroundLens, the lengths of those that start with each byte (bit
	// lenBit(n)), rule most words out.
	background     []string
	backgroundLens [256]uint32
	// negation are the words and phrases that negate a trigger after them
	// ("not", "failed to"), each as its words; negationEnd the words
	// that start a clause a negation does not reach ("until"). negLens
	// and negEndLens are their firstLens: most words are neither, and
	// these tell so without a look through them.
	negation            [][]string
	negationEnd         []string
	negLens, negEndLens [256]uint32
	// disaster are the words of [disaster]: a word among them before an
	// attack trigger is its subject ("the typhoon killed"), so that no
	// attack is reported. disasterLens are their firstLens.
	disaster     []string
	disasterLens [256]uint32
	// disasterPhrases are the phrases of [disaster], each as its words:
	// a word that is no disaster alone ("a fire", not "Israeli fire").
	// disasterPhraseLens are the lastLens of their last words.
	disasterPhrases    [][]string
	disasterPhraseLens [256]uint32
	// seats are the phrases of [seat], each as its words: a host's seat
	// with the word that puts a meeting there ("at the white house").
	// seatsByLast are their indexes in seats by their last words, and
	// seatLens the lastLens of those.
	seats       [][]string
	seatsByLast map[string][]int
	seatLens    [256]uint32
	// participles are the lines of [participle]: a word before a trigger
	// and the trigger, a participle there ("the", "detained").
	participles [][2]string
	// relatives are the phrases of [relative], each as its words: what
	// starts a relative clause right before its verb ("who", "which
	// had"). A reporting verb after one is not the sentence's.
	// relativeLens are the lastLens of their last words: most words
	// before a reporting verb end none.
	relatives    [][]string
	relativeLens [256]uint32
	// armed are the words of [armed]: forces that strike ("rebels",
	// "jets"), the subject or object of a trigger of [armed-verb].
	armed []string
	// Indexes of the kinds the rules refer to; attack and threat are -1
	// when there is no such kind.
	statement, visit, meeting, consult, attack, threat int
	// firstLens[c] has bit n (n < 32; bit 31 for longer words) set when a
	// first word of n bytes starts with c, lastLens[c] when one ends with
	// c: most words of a sentence start no trigger, and these tell so
	// without looking them up in first (the last byte rules out a third of
	// the words the first lets through).
	firstLens, lastLens [256]uint32
	// eventFirstLens and eventLastLens are firstLens and lastLens of the
	// first words that start a trigger of an event (see eventful).
	eventFirstLens, eventLastLens [256]uint32
}

// load parses the embedded data file once. The file is part of the binary
// and covered by the tests, so an error in it is a programming error.
var load = sync.OnceValue(func() *table {
	tb, err := parseTable(kindsData)
	if err != nil {
		panic("kind: data/kinds.txt: " + err.Error())
	}
	return tb
})

// parseTable parses the kinds data file.
func parseTable(data string) (*table, error) {
	tb := &table{
		byName: make(map[string]int),
		parse:  make(map[string]int),
	}
	byFirst := make(map[string][]*trigger) // triggers by their first word
	cur := -2                              // no header yet
	sawMeet := false
	lineNo := 0
	for line := range strings.Lines(data) {
		lineNo++
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "[") {
			end := strings.IndexByte(line, ']')
			if end < 0 {
				return nil, fmt.Errorf("line %d: header without ]", lineNo)
			}
			fields := strings.Fields(line[1:end])
			desc := strings.TrimSpace(line[end+1:])
			if sec, ok := sections[strings.Join(fields, " ")]; ok {
				cur = sec
				sawMeet = sawMeet || sec == meetKind
				continue
			}
			if len(fields) < 2 {
				return nil, fmt.Errorf("line %d: header needs a name and a CAMEO code", lineNo)
			}
			name := fields[0]
			if _, dup := tb.byName[name]; dup || name == Other.Name {
				return nil, fmt.Errorf("line %d: kind %q defined twice", lineNo, name)
			}
			cur = len(tb.kinds)
			tb.kinds = append(tb.kinds, kindInfo{Kind{Name: name, CAMEO: fields[1]}, desc})
			tb.byName[name] = cur
			for _, key := range append([]string{strings.ToLower(name)}, fields[1:]...) {
				if _, dup := tb.parse[key]; dup {
					return nil, fmt.Errorf("line %d: %q names two kinds", lineNo, key)
				}
				tb.parse[key] = cur
			}
			continue
		}
		if cur == -2 {
			return nil, fmt.Errorf("line %d: trigger before the first header", lineNo)
		}
		if cur == negationSection {
			if line != strings.ToLower(line) || len(Words(line)) != len(strings.Fields(line)) {
				return nil, fmt.Errorf("line %d: want lowercase words, got %q", lineNo, line)
			}
			tb.negation = append(tb.negation, strings.Fields(line))
			tb.negLens[line[0]] |= lenBit(len(strings.Fields(line)[0]))
			continue
		}
		if cur == idiomKind {
			line = strconv.Itoa(idiomPriority) + " " + line // parsed as a trigger below
		}
		if cur == seatSection {
			if line != strings.ToLower(line) || len(Words(line)) != len(strings.Fields(line)) {
				return nil, fmt.Errorf("line %d: want lowercase words, got %q", lineNo, line)
			}
			seat := strings.Fields(line)
			tb.seats = append(tb.seats, seat)
			last := seat[len(seat)-1]
			tb.seatLens[last[len(last)-1]] |= lenBit(len(last))
			if tb.seatsByLast == nil {
				tb.seatsByLast = map[string][]int{}
			}
			tb.seatsByLast[last] = append(tb.seatsByLast[last], len(tb.seats)-1)
			continue
		}
		if cur == participleSection {
			f := strings.Fields(line)
			if line != strings.ToLower(line) || len(f) != 2 || len(Words(line)) != 2 {
				return nil, fmt.Errorf("line %d: want two lowercase words, got %q", lineNo, line)
			}
			tb.participles = append(tb.participles, [2]string{f[0], f[1]})
			continue
		}
		if cur == relativeSection {
			if line != strings.ToLower(line) || len(Words(line)) != len(strings.Fields(line)) {
				return nil, fmt.Errorf("line %d: want lowercase words, got %q", lineNo, line)
			}
			r := strings.Fields(line)
			last := r[len(r)-1]
			tb.relatives = append(tb.relatives, r)
			tb.relativeLens[last[len(last)-1]] |= lenBit(len(last))
			continue
		}
		if cur == disasterSection && len(strings.Fields(line)) > 1 {
			if line != strings.ToLower(line) || len(Words(line)) != len(strings.Fields(line)) {
				return nil, fmt.Errorf("line %d: want lowercase words, got %q", lineNo, line)
			}
			words := strings.Fields(line)
			last := words[len(words)-1]
			tb.disasterPhrases = append(tb.disasterPhrases, words)
			tb.disasterPhraseLens[last[0]] |= lenBit(len(last))
			continue
		}
		if cur == armedSection {
			if line != strings.ToLower(line) || len(Words(line)) != 1 {
				return nil, fmt.Errorf("line %d: want one lowercase word, got %q", lineNo, line)
			}
			tb.armed = append(tb.armed, line)
			continue
		}
		if cur == backgroundSection || cur == negationEndSection || cur == disasterSection {
			if line != strings.ToLower(line) || len(Words(line)) != 1 {
				return nil, fmt.Errorf("line %d: want one lowercase word, got %q", lineNo, line)
			}
			if cur == disasterSection {
				tb.disaster = append(tb.disaster, line)
				tb.disasterLens[line[0]] |= lenBit(len(line))
				continue
			}
			if cur == negationEndSection {
				tb.negationEnd = append(tb.negationEnd, line)
				tb.negEndLens[line[0]] |= lenBit(len(line))
				continue
			}
			tb.background = append(tb.background, line)
			tb.backgroundLens[line[0]] |= lenBit(len(line))
			continue
		}
		prio, phrase, ok := strings.Cut(line, " ")
		p, err := strconv.Atoi(prio)
		if !ok || err != nil {
			return nil, fmt.Errorf("line %d: want \"PRIORITY words\", got %q", lineNo, line)
		}
		phrase = strings.TrimSpace(phrase)
		words := strings.Fields(phrase)
		if err := checkEnds(words); err != nil {
			return nil, fmt.Errorf("line %d: %q %v", lineNo, phrase, err)
		}
		for _, w := range words {
			if w != strings.ToLower(w) {
				return nil, fmt.Errorf("line %d: %q is not lowercase", lineNo, phrase)
			}
			if w != gap && w != mark && len(Words(w)) != 1 {
				return nil, fmt.Errorf("line %d: %q in %q is not one word", lineNo, w, phrase)
			}
		}
		tr := &trigger{words: words, phrase: phrase, kind: cur, priority: p, armed: cur == armedVerbSection}
		for _, w := range words[1:] {
			if w != gap && w != mark {
				tr.rest.add(w)
			}
		}
		byFirst[words[0]] = append(byFirst[words[0]], tr)
	}
	tb.kinds = append(tb.kinds, kindInfo{Other, "No trigger matched: an event of another kind, or none."})
	tb.byName[Other.Name] = len(tb.kinds) - 1
	tb.parse[Other.Name] = len(tb.kinds) - 1
	var missing []string
	for _, name := range []string{"statement", "visit", "meeting", "consult"} {
		if _, ok := tb.byName[name]; !ok {
			missing = append(missing, name)
		}
	}
	if len(missing) > 0 || !sawMeet {
		return nil, fmt.Errorf("missing kinds %v or [meet]", missing)
	}
	tb.statement, tb.visit = tb.byName["statement"], tb.byName["visit"]
	tb.meeting, tb.consult = tb.byName["meeting"], tb.byName["consult"]
	tb.attack, tb.threat = tb.index("attack"), tb.index("threat")
	for w, trs := range byFirst {
		// A word's armed verbs come last, for find to try them only when
		// no other of its triggers matches.
		var armed []*trigger
		n := 0
		for _, tr := range trs {
			if !tr.armed {
				trs[n] = tr
				n++
				continue
			}
			if tb.attack < 0 {
				return nil, fmt.Errorf("[armed-verb] without an attack kind")
			}
			tr.kind = tb.attack
			armed = append(armed, tr)
		}
		byFirst[w] = append(trs[:n], armed...)
	}
	for _, p := range tb.participles {
		for _, tr := range byFirst[p[1]] {
			if len(tr.words) == 1 {
				tr.after = append(tr.after, p[0])
			}
		}
	}
	tb.first = wordindex.New(byFirst)
	for w, trs := range byFirst {
		tb.firstLens[w[0]] |= lenBit(len(w))
		tb.lastLens[w[len(w)-1]] |= lenBit(len(w))
		if slices.ContainsFunc(trs, tb.eventful) {
			tb.eventFirstLens[w[0]] |= lenBit(len(w))
			tb.eventLastLens[w[len(w)-1]] |= lenBit(len(w))
		}
	}
	return tb, nil
}

// checkEnds returns an error if the words of a trigger start or end with
// a gap or a mark, or have a gap next to a mark.
func checkEnds(words []string) error {
	for _, end := range []string{words[0], words[len(words)-1]} {
		if end == gap || end == mark {
			return fmt.Errorf("starts or ends with %s", end)
		}
	}
	for i := 1; i < len(words); i++ {
		if (words[i] == mark || words[i-1] == mark) && (words[i] == gap || words[i-1] == gap || words[i] == words[i-1]) {
			return fmt.Errorf("has %s next to %s", words[i-1], words[i])
		}
	}
	return nil
}

// eventful tells whether tr is a trigger of an event: of a kind other
// than statement, or of a meeting (an event of [uncoded] has no kind).
func (tb *table) eventful(tr *trigger) bool {
	return tr.kind != tb.statement && tr.kind != idiomKind && tr.kind != uncodedKind
}

// Eventful tells whether a trigger of an event (of a kind other than
// statement) may match at one of words, as Words gives them: it starts
// there and its other words are among them. When none may, no span of
// words, nor the words left when some are taken out, classifies as more
// than a statement, whatever the venue: idioms, negations, clauses of
// background and disasters only take triggers away. It looks words up
// without matching phrases, so it costs a fraction of a classification,
// and tells a caller that would classify many spans of the same words
// (what a statement says, clause by clause) that it need not.
func Eventful(words []Word) bool {
	tb := load()
	set := wordsOf(words)
	for i := range words {
		w := words[i].Lower
		if w == "" {
			continue
		}
		if bit := lenBit(len(w)); tb.eventFirstLens[w[0]]&bit == 0 || tb.eventLastLens[w[len(w)-1]]&bit == 0 {
			continue
		}
		for _, tr := range tb.first.Get(w) {
			if tb.eventful(tr) && set.holds(&tr.rest) {
				return true
			}
		}
	}
	return false
}

// index returns the index of the kind named name, or -1 if there is none.
func (tb *table) index(name string) int {
	if i, ok := tb.byName[name]; ok {
		return i
	}
	return -1
}

// hit is a trigger matched in a sentence: tokens [start, end).
type hit struct {
	trig       *trigger
	start, end int
	quoted     bool // the token at start is inside quotation marks
}

// find appends to hits the triggers that match toks. At each token it
// keeps the match of highest priority, the longest on a tie; a trigger of
// [armed-verb] only in a headline (head), and only where no other
// matches ("strike began" is a walkout's in any case).
func (tb *table) find(toks []Word, hits []hit, head bool) []hit {
	var words wordSet // of toks, once a word may start a trigger
	haveWords := false
	for i := range toks {
		w := toks[i].Lower
		if w == "" {
			continue // no word of Words, but ClassifyWords takes any (and the test costs no more than w[0]'s bounds check)
		}
		if bit := lenBit(len(w)); tb.firstLens[w[0]]&bit == 0 || tb.lastLens[w[len(w)-1]]&bit == 0 {
			continue
		}
		var best hit
		for _, tr := range tb.first.Get(w) {
			if tr.armed && (!head || best.trig != nil) {
				continue // an armed verb comes last among a word's triggers
			}
			if len(tr.words) > 1 {
				if !haveWords {
					words, haveWords = wordsOf(toks), true
				}
				if !words.holds(&tr.rest) {
					continue // a word of it is not in the sentence
				}
			}
			end, ok := matchFrom(toks, i+1, tr.words[1:])
			if !ok {
				continue
			}
			if best.trig == nil || tr.priority > best.trig.priority ||
				tr.priority == best.trig.priority && end > best.end {
				best = hit{tr, i, end, toks[i].Quoted}
			}
		}
		if best.trig != nil {
			hits = append(hits, best)
		}
	}
	return hits
}

// otherSenses returns the hits that are no idiom and share no word with
// one (see inIdiom), and are no attack or threat a disaster made (see
// disasterAround): "the court struck down the law", "a heart attack",
// "to meet the deadline" and "the typhoon killed 20 people" report no
// attack and no meeting. The hits kept stay in order at the front of hits.
func (tb *table) otherSenses(toks []Word, hits []hit, hd *headline) []hit {
	var room [4]hit
	idioms := room[:0]
	for _, h := range hits {
		if h.trig.kind == idiomKind {
			idioms = append(idioms, h)
		}
	}
	n := 0
	for _, h := range hits {
		switch {
		case h.trig.kind == idiomKind:
		case inIdiom(idioms, h):
		case (h.trig.kind == tb.attack || h.trig.kind == tb.threat) && tb.disasterAround(toks, h):
		case participle(toks, h):
		case h.trig.armed && !tb.armedStrike(toks, h, hd):
		default:
			hits[n] = h
			n++
		}
	}
	return hits[:n]
}

// armedStrike tells whether h, a trigger of [armed-verb], strikes in the
// headline hd: the word before it, in its clause, is a force (see
// armedWord), and one of the two words after it is one too or a name,
// capitalised in a headline not in title case ("Rebels shell Goma",
// "Israel strikes Hezbollah targets"). In a sentence (hd nil) it strikes
// nothing.
func (tb *table) armedStrike(toks []Word, h hit, hd *headline) bool {
	if hd == nil || h.start == 0 || toks[h.start].Clause || !tb.armedWord(toks[h.start-1], hd) {
		return false
	}
	names := !titleCase(hd.text, toks)
	for j := h.end; j < len(toks) && j < h.end+2 && !toks[j].Clause; j++ {
		if tb.armedWord(toks[j], hd) || names && isUpper(hd.text[toks[j].Start]) {
			return true
		}
	}
	return false
}

// armedWord tells whether w, a word of the headline hd, names a force
// that strikes: a word of [armed] ("rebels", "jets") or one for which
// the caller's hd.armed reports true (a state: "Israel", "Israeli").
func (tb *table) armedWord(w Word, hd *headline) bool {
	if slices.Contains(tb.armed, w.Lower) {
		return true
	}
	return hd.armed != nil && w.End <= len(hd.text) && hd.armed(hd.text[w.Start:w.End])
}

// titleCase tells whether every word of four letters or more of text
// (toks, its words) is capitalised: a headline in title case, where a
// capital tells no name.
func titleCase(text string, toks []Word) bool {
	for _, w := range toks {
		if w.End-w.Start >= 4 && !isUpper(text[w.Start]) {
			return false
		}
	}
	return true
}

// isUpper reports whether c is an ASCII capital letter.
func isUpper(c byte) bool { return 'A' <= c && c <= 'Z' }

// relative reports whether a phrase of [relative] ends right before h
// ("who", "which had"): h is the verb of a relative clause, and a
// reporting verb there reports nothing of its sentence's own. "Officials
// who said drones struck the port gave no figures" reports the attack,
// the strongest trigger, as "The ministry, which said the strike hit a
// hospital, condemned it" does.
func (tb *table) relative(toks []Word, h hit) bool {
	if h.start == 0 {
		return false
	}
	if w := toks[h.start-1].Lower; w == "" || tb.relativeLens[w[len(w)-1]]&lenBit(len(w)) == 0 {
		return false
	}
	for _, r := range tb.relatives {
		if j := h.start - len(r); j >= 0 && toks[j].Lower == r[0] {
			if end, ok := matchFrom(toks, j+1, r[1:]); ok && end == h.start {
				return true
			}
		}
	}
	return false
}

// participle reports whether the trigger of h is one word that is a
// participle where it stands, after the word a line of [participle]
// gives it: "the detained activists".
func participle(toks []Word, h hit) bool {
	return h.trig.after != nil && h.start > 0 && slices.Contains(h.trig.after, toks[h.start-1].Lower)
}

// inIdiom tells whether h starts inside one of idioms, or starts before
// one and ends inside it: its words have the idiom's sense ("to meet" in
// "to meet the deadline"). A trigger that holds a whole idiom keeps its
// own ("a truce in the trade war").
func inIdiom(idioms []hit, h hit) bool {
	for _, id := range idioms {
		if h.start >= id.start && h.start < id.end || h.start < id.start && h.end > id.start && h.end < id.end {
			return true
		}
	}
	return false
}

// disasterReach is how many words before an attack trigger a word of
// [disaster] may stand and still be its subject: a subject may be long
// ("a flood in Mandalay region in September killed", "the wildfires that
// have ravaged Los Angeles killed").
const disasterReach = 6

// disasterAround tells whether a word of [disaster] that no "of"
// follows stands up to disasterReach words before h in its clause (or up to
// twice as far in the clauses before, when h starts one or follows a word
// that starts one, as "which" in "Hurricane Melissa, which killed dozens"),
// or after h (see disasterAfter): the attack h reports was a disaster's.
func (tb *table) disasterAround(toks []Word, h hit) bool {
	// A trigger that starts its clause (", killing two"), or follows a
	// word of [negation-end] that does (", which killed"), may have its
	// subject in the clauses before, read back up to twice as far: past a
	// short one too ("as a hurricane on Sept. 17, killing", where the
	// period of "Sept." set off "17").
	s := h.start
	if s > 0 && toks[s-1].Clause && slices.Contains(tb.negationEnd, toks[s-1].Lower) {
		s--
	}
	back, open, long := disasterReach, false, false
	if toks[s].Clause {
		back, open = 2*maxGap, true
		// The clause before has words enough for a subject and a verb of
		// its own: its subject, among its first words, is the
		// participle's (subjectBefore), or what it struck as, while a
		// disaster nearer the trigger is none ("Israeli fire hit a
		// shelter for people displaced by floods, killing five").
		long = s-clauseBefore(toks, s) >= shortClause
	}
	for k := h.start - 1; k >= 0 && k >= s-back && (open || k+1 >= s || !toks[k+1].Clause); k-- {
		if tb.disasterSubject(toks, k, h.start) && (!long || asBefore(toks, k)) {
			return true
		}
	}
	if open && tb.subjectBefore(toks, s) {
		return true
	}
	return tb.disasterAfter(toks, h)
}

// disasterSubject tells whether toks[k], before the trigger that starts
// at start, is a word of [disaster] that no "of" follows (not "a storm of
// protest").
func (tb *table) disasterSubject(toks []Word, k, start int) bool {
	return tb.disasterAt(toks, k) && (k+1 == start || toks[k+1].Lower != "of")
}

// shortClause is how many words a clause before a trigger that starts its
// own may have and still be no clause with a subject of its own: "17"
// after the period of "Sept." in "as a hurricane on Sept. 17, killing".
const shortClause = 3

// asBefore tells whether an "as" stands up to three words before
// toks[k] in its clause: what struck is told as a disaster ("Josephine
// struck Jamaica as a Category 4 hurricane on Sunday, killing 41").
func asBefore(toks []Word, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if toks[j].Lower == "as" {
			return true
		}
		if toks[j].Clause {
			return false
		}
	}
	return false
}

// clauseBefore returns the index of the first word of the clause before
// toks[s], a word that starts its clause.
func clauseBefore(toks []Word, s int) int {
	c := s - 1
	for c > 0 && !toks[c].Clause {
		c--
	}
	return max(c, 0)
}

// subjectBefore tells whether a word of [disaster] stands among the
// first disasterReach words of the clause before toks[s], a word that
// starts its clause: the subject of a participle set off after it, however
// long that clause ("Flash floods hit the eastern region of Valencia on
// Tuesday night, killing at least 95 people"), while a disaster further
// into it is no subject ("Israeli fire hit a shelter for people displaced
// by floods, killing five").
func (tb *table) subjectBefore(toks []Word, s int) bool {
	c := clauseBefore(toks, s)
	for k := c; k >= 0 && k < s && k < c+disasterReach; k++ {
		if tb.disasterSubject(toks, k, s) {
			return true
		}
	}
	return false
}

// disasterAfter tells whether a word of [disaster] stands up to three
// words after an "in" or "by" right after h ("were killed in floods",
// "killed by a landslide"), or after an "as" up to three words after h in
// its clause, which says what struck ("Josephine struck Jamaica as a
// Category 4 hurricane"; not "as a hurricane of protest grew").
func (tb *table) disasterAfter(toks []Word, h hit) bool {
	for j := h.end; j < len(toks) && j <= h.end+3 && !toks[j].Clause; j++ {
		w := toks[j].Lower
		if w != "as" && (j > h.end || w != "in" && w != "by") {
			continue
		}
		for k := j + 1; k < len(toks) && k <= j+4 && !toks[k].Clause; k++ {
			if tb.disasterAt(toks, k) && (k+1 == len(toks) || toks[k+1].Lower != "of") {
				return true
			}
		}
	}
	return false
}

// IsDisaster tells whether word, in lower case, names a natural disaster
// ("earthquake", "floods": [disaster] of data/kinds.txt), whose strike is
// no attack. It lets package entity read "an earthquake struck Cebu" as
// the kind does.
func IsDisaster(word string) bool { return load().isDisaster(word) }

// IsBackground tells whether word, in lower case, starts a clause of
// background ("as", "amid", "push", "bid": [background] of
// data/kinds.txt), whose triggers do not decide the kind of the clause
// before. It lets package timeline end the clause of a date there: in
// "mediators met Israeli and Hamas negotiators on Tuesday in a fresh push
// to extend the ceasefire", Tuesday's clause reports no ceasefire.
func IsBackground(word string) bool {
	tb := load()
	return tb.isBackground(word)
}

// isBackground tells whether w is a word of [background]; the lengths of
// those that start with its letter rule most words out at once.
func (tb *table) isBackground(w string) bool {
	return w != "" && tb.backgroundLens[w[0]]&lenBit(len(w)) != 0 && slices.Contains(tb.background, w)
}

// disasterAt tells whether toks[k] is a word of [disaster], one its
// caller marked (Word.Disaster), or ends a phrase of [disaster] ("a fire").
func (tb *table) disasterAt(toks []Word, k int) bool {
	w := toks[k].Lower
	if toks[k].Disaster || tb.isDisaster(w) {
		return true
	}
	if w == "" || tb.disasterPhraseLens[w[0]]&lenBit(len(w)) == 0 {
		return false
	}
	for _, p := range tb.disasterPhrases {
		if n := len(p); n <= k+1 && p[n-1] == w && toks[k-n+1].Lower == p[0] {
			if _, ok := matchFrom(toks, k-n+2, p[1:]); ok {
				return true
			}
		}
	}
	return false
}

// AtSeat reports whether sentence places what it tells at a host's seat of
// government, a phrase of [seat] of data/kinds.txt ("at the White House",
// "in the Kremlin"): a meeting there is a visit the host receives, whatever
// else the sentence names ("Modi met Trump at the White House"). It lets a
// caller that gives ClassifyWords words it has emptied (a name's) make the
// venue VenueHome itself.
func AtSeat(sentence string) bool {
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	sc.toks = tokenizeInto(sentence, "", sc.toks)
	return load().atSeat(sc.toks)
}

// AtSeatWords is AtSeat of the words of a sentence, as Words gives them.
func AtSeatWords(words []Word) bool { return load().atSeat(words) }

// atSeat reports whether a phrase of [seat] is among toks. It looks
// for their last words, which few words of a sentence are ("house",
// "kremlin"); the first may follow a comma ("met on Thursday, at the
// White House").
func (tb *table) atSeat(toks []Word) bool {
	for i := range toks {
		w := toks[i].Lower
		if w == "" || tb.seatLens[w[len(w)-1]]&lenBit(len(w)) == 0 {
			continue
		}
		for _, k := range tb.seatsByLast[w] {
			seat := tb.seats[k]
			j := i + 1 - len(seat)
			if j < 0 || toks[j].Lower != seat[0] {
				continue
			}
			if end, ok := matchFrom(toks, j+1, seat[1:]); ok && end == i+1 {
				return true
			}
		}
	}
	return false
}

// isDisaster tells whether w is a word of [disaster].
func (tb *table) isDisaster(w string) bool {
	return w != "" && tb.disasterLens[w[0]]&lenBit(len(w)) != 0 && slices.Contains(tb.disaster, w)
}

// labelWords is how many words a label before a colon may have.
const labelWords = 4

// unlabelled returns hits but those of a label, the words of a sentence
// before a colon up to labelWords in, when a trigger follows the colon:
// a headline's topic, whose news comes after it. "Sudan fighting: talks
// open in Jeddah" is talks, "Gaza ceasefire: Hamas frees 20 hostages" a
// release. A label with a statement's trigger is a speaker's, whose words
// follow ("Kerry says: talks will go on"), and is kept. The hits kept are
// the last ones of hits, in order.
func (tb *table) unlabelled(toks []Word, hits []hit) []hit {
	if len(hits) < 2 {
		return hits // most sentences: the words need no look
	}
	c := 0 // the word after the label's colon
	for k := 1; k < len(toks) && k <= labelWords; k++ {
		if toks[k].Clause {
			if toks[k].Colon {
				c = k
			}
			break
		}
	}
	if c == 0 || hits[0].start >= c || hits[len(hits)-1].start < c {
		return hits
	}
	n := 0
	for ; hits[n].start < c; n++ {
		if hits[n].trig.kind == tb.statement {
			return hits
		}
	}
	return hits[n:]
}

// unquotedOrAll returns the hits that start outside quotation marks, if
// there are any, else hits: the words of a quotation decide the kind of a
// sentence only when nothing else does. The unquoted ones are moved to the
// front of hits, in order.
func unquotedOrAll(hits []hit) []hit {
	n := 0
	for _, h := range hits {
		if !h.quoted {
			hits[n] = h
			n++
		}
	}
	if n == 0 {
		return hits
	}
	return hits[:n]
}

// choose returns the indexes in hits of the first hit and of the one of
// highest priority (the first on a tie), or -1, -1 when there are none.
func choose(hits []hit) (best, first int) {
	best, first = -1, -1
	for i, h := range hits {
		if first < 0 || h.start < hits[first].start ||
			h.start == hits[first].start && h.trig.priority > hits[first].trig.priority {
			first = i
		}
		if best < 0 || h.trig.priority > hits[best].trig.priority ||
			h.trig.priority == hits[best].trig.priority && h.start < hits[best].start {
			best = i
		}
	}
	return best, first
}

// unnegated returns the hits that no word of [negation] negates: one up to
// maxGap words before the hit, in its clause, or in the hit's gap. "Putin
// did not attend the summit" reports no meeting, "the sides reached no
// agreement" no agreement. The hits kept stay in order at the front of
// hits.
func (tb *table) unnegated(toks []Word, hits []hit) []hit {
	n := 0
	for _, h := range hits {
		if !tb.negated(toks, h) {
			hits[n] = h
			n++
		}
	}
	return hits[:n]
}

// negated tells whether a negation stands in h or up to maxGap words
// before it in its clause, with no word of [negation-end] between. A word
// of the trigger's own phrase negates nothing: "pleaded not guilty" is a
// plea, while "not" in the gap of "found ... guilty" ("found him not
// guilty") negates the finding.
func (tb *table) negated(toks []Word, h hit) bool {
	for k := h.end - 1; k >= 0 && k >= h.start-maxGap; k-- {
		if k < h.start && toks[k+1].Clause {
			return false
		}
		w := toks[k].Lower
		if w == "" {
			continue
		}
		// Most words are neither a negation nor an end of one, which the
		// lengths tell at once.
		bit := lenBit(len(w))
		if (tb.negLens[w[0]]&bit != 0 || w[len(w)-1] == 't') && tb.negationAt(toks, k) &&
			(k < h.start || !slices.Contains(h.trig.words, w)) {
			return true
		}
		if k < h.start && tb.negEndLens[w[0]]&bit != 0 && slices.Contains(tb.negationEnd, w) {
			return false // "did not end until the treaty was signed"
		}
	}
	return false
}

// negationAt tells whether a phrase of [negation], or a word that ends in
// "n't", starts at toks[k], a word.
func (tb *table) negationAt(toks []Word, k int) bool {
	w := toks[k].Lower
	if strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
		return true
	}
	for _, neg := range tb.negation {
		if neg[0] == w {
			if _, ok := matchFrom(toks, k+1, neg[1:]); ok {
				return true
			}
		}
	}
	return false
}

// weak tells whether h is a statement trigger below a reporting verb
// ("announced", "press conference"), which counts only when nothing else
// does.
func (tb *table) weak(h hit) bool {
	return h.trig.kind == tb.statement && h.trig.priority < reporting
}

// mainClause returns the hits before the first word of [background] that
// follows a hit other than a weak one (see weak), if there is one, else
// hits: a clause of background does
// not decide the kind of a sentence whose main clause has a trigger.
// "Blinken met Netanyahu in Jerusalem as mediators pressed for a
// ceasefire" is a meeting, "Sudan talks open in Jeddah as fighting rages"
// a negotiation. hits are in text order.
func (tb *table) mainClause(toks []Word, hits []hit) []hit {
	if len(hits) < 2 {
		return hits // most sentences: the words need no look
	}
	f := 0 // the first hit that counts: an announcement does not
	for f < len(hits)-1 && tb.weak(hits[f]) {
		f++
	}
	for k := hits[f].end; k < hits[len(hits)-1].start; k++ {
		if tb.isBackground(toks[k].Lower) {
			n := 1
			for n < len(hits) && hits[n].start < k {
				n++
			}
			return hits[:n]
		}
	}
	return hits
}

// lenBit returns the bit of firstLens and lastLens for a word of n bytes.
func lenBit(n int) uint32 { return 1 << min(n, 31) }

// matchFrom matches words against toks from index i and returns the index
// after the match. A gap matches up to maxGap tokens that do not start a new
// clause; the shortest gap that lets the rest match wins. A mark matches
// nothing but lets the next word start a new clause, which it must.
func matchFrom(toks []Word, i int, words []string) (int, bool) {
	crossed := false // a mark came before the word: it starts its clause
	for k, w := range words {
		if w == mark {
			if i >= len(toks) || !toks[i].Clause {
				return 0, false
			}
			crossed = true
			continue
		}
		if w == gap {
			rest := words[k+1:]
			for skip := 0; skip <= maxGap && i+skip < len(toks); skip++ {
				if toks[i+skip].Clause {
					break // the gap ends at its clause
				}
				if toks[i+skip].Lower != rest[0] {
					continue // the word after the gap (never a gap) is not here: save the call
				}
				if end, ok := matchFrom(toks, i+skip, rest); ok {
					return end, true
				}
			}
			return 0, false
		}
		if i >= len(toks) || toks[i].Clause && !crossed || toks[i].Lower != w {
			return 0, false
		}
		crossed = false
		i++
	}
	return i, true
}

// Word is a word of a sentence as the triggers are matched against it.
type Word struct {
	Start, End int    // byte offsets in the sentence
	Lower      string // the word in lower case
	Quoted     bool   // inside quotation marks
	// Clause is set when punctuation that separates clauses (, ; : ( ) — or
	// a quotation mark) stands between this word and the one before.
	Clause bool
	// Colon is set when a colon stands between this word and the one
	// before: the words before it may be a label ("Sudan fighting: talks
	// open in Jeddah").
	Colon bool
	// Disaster is set by a caller that knows the word names a natural
	// disaster no list has: a storm's name ("Josephine" in "Josephine
	// killed 12 people" after "Hurricane Josephine"). It counts as a word
	// of [disaster]; Words never sets it.
	Disaster bool
}

// Words splits a sentence into lowercase words: runs of letters, digits and
// marks, with inner hyphens and apostrophes ("cease-fire", "don't") and
// commas between digits ("1,968"). It
// marks the words inside quotation marks: curly quotes nest, and a closing
// quote with no opening one before it means the sentence began inside a
// quotation that an earlier sentence opened; straight quotes toggle.
func Words(sentence string) []Word { return tokenizeInto(sentence, "", nil) }

// tokenizeInto is Words that reuses the memory of buf (its contents
// are dropped), and takes s in lower case (strings.ToLower(s)) if the
// caller has it, else "".
func tokenizeInto(s, lower string, buf []Word) []Word {
	toks := buf[:0]
	if lower == "" {
		lower = strings.ToLower(s)
	}
	sameLen := len(lower) == len(s)
	depth, minDepth := 0, 0
	clause, colon := false, false
	for i := 0; i < len(s); {
		if s[i] == ' ' {
			i++ // a space: neither a word nor a mark that matters
			continue
		}
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if ascii.IsWordRune(r) {
			j := i + size
			for j < len(s) {
				if c := s[j]; ascii.Word[c] {
					j++
					continue
				}
				if c := s[j]; c < utf8.RuneSelf && c != '-' && c != '\'' {
					if c == ',' && digitComma(s, j) {
						j += 2 // "1,968": a number, no clause
						continue
					}
					break // the common end of a word: a space or punctuation that joins nothing
				}
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if ascii.IsWordRune(r2) {
					j += n2
					continue
				}
				if r2 == '-' || r2 == '\'' || r2 == '’' || r2 == '‑' {
					r3, _ := utf8.DecodeRuneInString(s[j+n2:])
					if ascii.IsWordRune(r3) {
						j += n2
						continue
					}
				}
				break
			}
			t := Word{Start: i, End: j, Quoted: depth > 0, Clause: clause, Colon: colon}
			if sameLen {
				t.Lower = lower[i:j]
			} else {
				t.Lower = strings.ToLower(s[i:j])
			}
			toks = append(toks, t)
			clause, colon = false, false
			i = j
			continue
		}
		switch r {
		case '“', '„', '«':
			depth++
			clause = true
		case '”', '»':
			depth--
			minDepth = min(minDepth, depth)
			clause = true
		case '"':
			if depth > 0 {
				depth--
			} else {
				depth++
			}
			clause = true
		case ':':
			clause, colon = true, true
		case ',', ';', '(', ')', '[', ']', '—', '–', '.', '!', '?':
			clause = true
		}
		i += size
	}
	if minDepth < 0 {
		// The sentence began inside a quotation: redo the quote marks with
		// the depth it began at.
		depth = -minDepth
		k := 0
		for i := 0; i < len(s); {
			r, size := utf8.DecodeRuneInString(s[i:])
			for k < len(toks) && toks[k].Start == i {
				toks[k].Quoted = depth > 0
				i = toks[k].End
				k++
				size = 0
			}
			if size == 0 {
				continue
			}
			depth, _ = Mark(r, depth, false)
			i += size
		}
	}
	return toks
}

// digitComma reports whether s[j], a comma, stands between two ASCII
// digits: it joins a number's groups ("1,968 prisoners") and ends no
// clause, so that a trigger's gap reads past it ("released ...
// prisoners"). Words and package entity's split of words read it so.
func digitComma(s string, j int) bool {
	return j > 0 && j+1 < len(s) && isDigit(s[j-1]) && isDigit(s[j+1])
}

// DigitComma reports whether s[j] is a comma between two ASCII digits,
// which Words reads as part of a number's word ("1,968"), no mark: it
// lets a caller that splits words itself (internal/entity) read it so.
func DigitComma(s string, j int) bool { return s[j] == ',' && digitComma(s, j) }

// isDigit reports whether c is an ASCII digit.
func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// Mark returns the depth of quotation and whether a clause is ended after
// the mark r, a rune of no word, as Words reads a sentence's marks once it
// knows the depth the sentence begins at: curly quotes nest, a straight
// quote closes one if one is open and opens one if not, and quotes and
// the punctuation of clauses end a clause; other marks change nothing.
// It lets a caller that splits sentences itself (internal/entity) read
// marks as Words does.
func Mark(r rune, depth int, clause bool) (int, bool) {
	switch r {
	case '“', '„', '«':
		return depth + 1, true
	case '”', '»':
		return max(depth-1, 0), true
	case '"':
		if depth > 0 {
			return depth - 1, true
		}
		return depth + 1, true
	case ',', ';', ':', '(', ')', '[', ']', '—', '–', '.', '!', '?':
		return depth, true
	}
	return depth, clause
}
