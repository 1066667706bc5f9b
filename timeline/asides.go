// Date phrases that date no event of their sentence (the far end of a
// comparison, a year that qualifies a noun, a day that a time of the same
// sentence names more closely), and dates whose event is not the one the
// sentence reports: a date that possesses a noun ("Monday's attack"), and
// a date inside what a statement says ("said they would meet on June 1").

package timeline

import (
	_ "embed"
	"slices"
	"strings"
	"sync"

	"github.com/timelinehq/timeline/dates"
	"github.com/timelinehq/timeline/internal/datafile"
	"github.com/timelinehq/timeline/internal/kind"
	"github.com/timelinehq/timeline/internal/sentence"
)

//go:embed data/comparison.txt
var comparisonData string

// comparisonWords holds data/comparison.txt, lower-cased.
var comparisonWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for l := range datafile.Lines(comparisonData) {
		m[strings.ToLower(l.Text)] = true
	}
	return m
})

// comparisonReach is how many words before "since" a word of comparison
// may stand.
const comparisonReach = 5

// comparedSince reports whether the date phrase that starts at start in
// text, in a sentence that starts at from, is the far end of a comparison:
// "since" just before it and, at most comparisonReach words before that
// and with no comma or semicolon between, a word of data/comparison.txt
// ("the first talks since 2014", "its biggest gain since March 2020"). The
// sentence's event did not happen then.
func comparedSince(text string, from, start int) bool {
	before := strings.TrimRight(text[from:start], " \t\n")
	const since = "since"
	n := len(before) - len(since)
	if n < 0 || !strings.EqualFold(before[n:], since) || n > 0 && isWordByte(before[n-1]) {
		return false
	}
	words := comparisonWords()
	end := n
	for range comparisonReach {
		for end > 0 && before[end-1] == ' ' {
			end--
		}
		if end == 0 || before[end-1] == ',' || before[end-1] == ';' {
			return false
		}
		i := end
		for i > 0 && isWordByte(before[i-1]) {
			i--
		}
		if i == end {
			return false // a mark that ends the clause: a parenthesis, a quote
		}
		if words[strings.ToLower(before[i:end])] {
			return true
		}
		end = i
	}
	return false
}

// isWordByte reports whether b is an ASCII letter, digit, hyphen or
// apostrophe: a byte of a word as comparedSince reads words.
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '-' || b == '\''
}

// attributive reports whether mention m is a year that qualifies a noun
// after an article or a possessive: "the 2015 nuclear deal", "Iran's 2009
// election". It names the noun, not the sentence's event.
func attributive(text string, m dates.Mention) bool {
	if m.Value.Grain != dates.GrainYear || m.Value.Mod != "" {
		return false
	}
	before := strings.TrimRight(text[:m.Start], " ")
	if !strings.HasSuffix(before, "'s") && !strings.HasSuffix(before, "’s") {
		i := len(before)
		for i > 0 && isWordByte(before[i-1]) {
			i--
		}
		if !strings.EqualFold(before[i:], "the") {
			return false
		}
	}
	after := text[m.End:]
	// a noun, or a name: "the 2015 nuclear deal", "the 1991 Alma-Ata Declaration"
	return len(after) > 1 && after[0] == ' ' && (after[1] >= 'a' && after[1] <= 'z' || after[1] >= 'A' && after[1] <= 'Z')
}

// datedOtherwise reports whether the sentence si of d has a date or time
// mention other than mentions[k] that is not attributive itself: the
// sentence's event has its own date.
func datedOtherwise(d *Document, mentions []dates.Mention, k, si int) bool {
	return otherInSentence(d, mentions, k, si, func(m dates.Mention) bool {
		return (m.Type == dates.Date || m.Type == dates.Time) && !attributive(d.Text, m)
	})
}

// refinedByTime reports whether mentions[k], a day, is the day of a time
// mentioned in the same sentence si of d ("at sunset on Monday, Sept. 12",
// "9:45 p.m. local time on Monday"): the time's event names the day too, so
// the day's would repeat the sentence under the same date.
func refinedByTime(d *Document, mentions []dates.Mention, k, si int) bool {
	day := mentions[k].Value
	if day.Type != dates.Date || day.Grain != dates.GrainDay || day.Mod != "" {
		return false
	}
	return otherInSentence(d, mentions, k, si, func(m dates.Mention) bool {
		return m.Type == dates.Time && m.Value.HasInterval() && m.Value.Start.Equal(day.Start)
	})
}

// otherInSentence reports whether a mention of sentence si of d other than
// mentions[k] satisfies ok. Mentions are in text order, so the sentence's
// are the run around k.
func otherInSentence(d *Document, mentions []dates.Mention, k, si int, ok func(dates.Mention) bool) bool {
	sp := d.Sentences[si]
	for j := k - 1; j >= 0 && mentions[j].Start >= sp.Start; j-- {
		if ok(mentions[j]) {
			return true
		}
	}
	for j := k + 1; j < len(mentions) && mentions[j].End <= sp.End; j++ {
		if ok(mentions[j]) {
			return true
		}
	}
	return false
}

// possessedWords is how many words after a possessive date ("Friday's
// long-awaited talks", "last year's deadly U.S. Embassy blasts")
// possessedKind reads.
const possessedWords = 4

// possessedKind returns the kind of the noun a date possesses, the date
// ending at end in text: "Monday's attack on the bridge", "Friday's
// talks". The date is that noun's, whatever the sentence reports: "He said
// the decision was not linked to Monday's attack" dates an attack on
// Monday, not a statement. It returns false when the date possesses
// nothing, or nothing of a kind (other than a statement).
//
// A date between "the" and a noun qualifies it the same way: "the Oct. 7
// attack", "the Dec. 21, 1988, bombing of Pan Am Flight 103" (see
// qualified).
func possessedKind(text string, m dates.Mention, v kind.Venue) (Kind, bool) {
	noun, ok := possessed(text, m.End)
	if !ok {
		noun, ok = qualified(text, m)
	}
	if !ok {
		return Kind{}, false
	}
	return moreThanStatement(kind.ClassifyWith(noun, v))
}

// qualified returns the noun phrase that the date m qualifies after "the"
// in text ("bombing" in "the Dec. 21, 1988, bombing of Pan Am", see
// nounPhrase). It returns false when the date follows no "the" or no word
// follows it.
func qualified(text string, m dates.Mention) (string, bool) {
	i := m.Start
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	// "the", as a word: most dates follow "on", "in" or "since" instead.
	if i < 3 || text[i-1]|0x20 != 'e' || text[i-2]|0x20 != 'h' || text[i-3]|0x20 != 't' ||
		i > 3 && !isSpaceByte(text[i-4]) && text[i-4] != '(' {
		return "", false
	}
	rest := text[m.End:]
	if strings.HasPrefix(rest, ", ") {
		rest = rest[2:] // "the Dec. 21, 1988, bombing"
	}
	phrase, n := nounPhrase(rest)
	return phrase, n > 0 && (rest[0] == ' ' || isWordByte(rest[0]))
}

// possessed returns the noun phrase a date ending at end in text
// possesses ("attack" in "Monday's attack on the bridge", "deadly U.S.
// Embassy blasts" in "last year's deadly U.S. Embassy blasts in Kenya",
// see nounPhrase). It returns false when the date possesses nothing.
func possessed(text string, end int) (string, bool) {
	rest := text[end:]
	switch {
	case strings.HasPrefix(rest, "'s "):
		rest = rest[2:]
	case strings.HasPrefix(rest, "’s "):
		rest = rest[len("’s"):]
	default:
		return "", false
	}
	phrase, _ := nounPhrase(rest)
	return phrase, true
}

// nounPhrase returns the words at the start of rest that a date before
// them qualifies or possesses, and how many: up to possessedWords words,
// within the clause and the sentence (an abbreviation's point, "U.S.",
// ends neither), up to a word of [phrase-end] of data/clauses.txt ("of",
// "on", "was"). The points of abbreviations are left out, as kind would
// read them as marks between clauses: "deadly US Embassy blasts".
func nounPhrase(rest string) (string, int) {
	phrase, n := nounWords(rest)
	if strings.IndexByte(phrase, '.') >= 0 {
		phrase = strings.ReplaceAll(phrase, ".", "")
	}
	return phrase, n
}

// nounWords is nounPhrase with the points of abbreviations kept.
func nounWords(rest string) (string, int) {
	ends := leads().phraseEnd
	n, end := 0, 0
	for k := 0; k < len(rest) && n < possessedWords; {
		for k < len(rest) && isSpaceByte(rest[k]) {
			k++
		}
		j := k
		for j < len(rest) && !isSpaceByte(rest[j]) && !clauseMark(rest[j]) {
			j++
		}
		w := rest[k:j]
		for len(w) > 0 && (w[len(w)-1] == '.' || w[len(w)-1] == '!' || w[len(w)-1] == '?') {
			w = w[:len(w)-1]
		}
		if j == k || ends[lowerInitial(w)] {
			break
		}
		if len(w) < j-k && !abbreviation(w) {
			return rest[:k+len(w)], n + 1 // the sentence ends after the word
		}
		n, end, k = n+1, j, j
		if j < len(rest) && clauseMark(rest[j]) {
			break // the clause ends after the word
		}
	}
	return rest[:end], n
}

// lowerInitial returns w in lower case if it starts with a capital
// letter, else w: the words of [phrase-end] are written in lower case, or
// with a capital at the start of a sentence.
func lowerInitial(w string) string {
	if w != "" && 'A' <= w[0] && w[0] <= 'Z' {
		return strings.ToLower(w)
	}
	return w
}

// abbreviation reports whether w, a word before a point, is an
// abbreviation the point belongs to: it holds a point of its own ("U.S",
// "a.m") or is one capital letter ("J").
func abbreviation(w string) bool {
	return strings.IndexByte(w, '.') >= 0 || len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z'
}

// statementCAMEO is the CAMEO code of kind statement.
const statementCAMEO = "010"

// moreThanStatement returns k as an event's kind if it says more than a
// statement does (it is neither other nor a statement), else false: what
// a possessed noun or a reported clause must give to replace the
// sentence's kind.
func moreThanStatement(k kind.Kind) (Kind, bool) {
	if k.Name == kind.Other.Name || k.CAMEO == statementCAMEO {
		return Kind{}, false
	}
	return kindOf(k), true
}

// maxReportingGap is how many words after a reporting verb a date may
// stand and still date the report: "said on Monday", "told reporters in
// Geneva earlier this week", "said in a statement late Monday".
const maxReportingGap = 5

// reported is what kindAt needs of a sentence that reports a statement,
// and otherClauseKind of one that reports another event.
type reported struct {
	verbEnd int         // where in the text the reporting verb ends; -1 if none
	words   []kind.Word // the sentence's words (kind.Words), if at hand
	// trigStart and trigEnd are where in the text the trigger that gave
	// the sentence its kind starts and ends; equal if none did.
	trigStart, trigEnd int
	// quiet is whether the words after the verb hold no trigger of an
	// event (kind.Eventful), so that no date there dates one: unknown
	// until kindAt first asks (most sentences have no date after the
	// verb), then quietNo or quietYes.
	quiet quietness
}

// quietness is what reported knows of whether what a statement says holds
// a trigger of an event.
type quietness uint8

const (
	quietUnknown quietness = iota
	quietNo
	quietYes
)

// saysNoEvent reports whether the words after the reporting verb, in a
// sentence starting at sentStart, hold no trigger of an event, so that no
// clause of them can give a kind (kind.Eventful); false when the words are
// not at hand. It looks once a sentence.
func (r *reported) saysNoEvent(sentStart int) bool {
	if r.quiet == quietUnknown {
		r.quiet = quietNo
		if r.words != nil {
			i := 0
			for i < len(r.words) && sentStart+r.words[i].Start < r.verbEnd {
				i++
			}
			if !kind.Eventful(r.words[i:]) {
				r.quiet = quietYes
			}
		}
	}
	return r.quiet == quietYes
}

// reportedClauses is how many clauses of what a statement says kindAt
// reads, the date's and those before it up to the verb, when the clauses
// it reads past are set off by marks alone: "The army said an RSF drone
// hit a market in El Obeid, the capital of North Kordofan, on Tuesday
// afternoon" reads past the place's apposition to the attack. Past a
// clause led by a word ("since he was rescued off the coast in late
// November", "who have been caring for him"), which tells of an event of
// its own, it reads two.
const reportedClauses = 3

// kindAt returns the kind of what the sentence (span sp of text) reports,
// for the date m that dates it rather than the report. The sentence is a
// statement because a reporting verb comes first ("Michel said the
// leaders had confirmed the declaration and would meet again in Chisinau
// on June 1"). A date before the verb or close after it ("said on Monday",
// "told reporters in Geneva earlier this week") dates the report: false.
// A date further into what is said, or after a "that", dates the reported
// event, whose kind is that of the date's clause ("would meet again in
// Chisinau on June 1": intent), or if that has none, of the clause before
// it ("after the Soviet army invaded Afghanistan, December 24, 1979").
func (r *reported) kindAt(text string, sp sentence.Span, m dates.Mention, v kind.Venue) (Kind, bool) {
	if m.End <= r.trigStart {
		return r.asideKind(text, sp, m, v)
	}
	if m.Start < r.verbEnd || r.saysNoEvent(sp.Start) {
		return Kind{}, false
	}
	if nearReport(text[r.verbEnd:m.Start]) {
		return Kind{}, false
	}
	start := clauseStart(text, r.verbEnd, m.Start)
	if r.statementNear(text, sp.Start, start, m, reportReach) {
		return Kind{}, false
	}
	end := clauseEnd(text, m.End, sp.End)
	coordinated := 0
	worded := false // a clause read is led by a word ("since he was rescued")
	for n := 0; n < 2 || n < reportedClauses && !worded; n++ {
		if k, ok := moreThanStatement(r.classify(text, sp.Start, start, end, m, v)); ok {
			return k, true
		}
		if start <= r.verbEnd {
			break
		}
		worded = worded || isClauseWord(strings.TrimLeft(text[start:m.Start], " \t\n"))
		if w, _ := firstWord(text[start:m.Start]); leads().coordinator[w] && coordinated < maxCoordinated {
			// "deplored Friday the bomb blasts which killed scores of people
			// and injured more than 1,000 others earlier in the day": a
			// clause joined by "and" goes on the one before.
			n--
			coordinated++
		}
		start = clauseStart(text, r.verbEnd, start-1) // the clause before
	}
	return Kind{}, false
}

// asideKind returns the kind of the relative clause set off by commas
// that holds the date m, before the reporting verb of the sentence sp of
// text: its own event, of no kind or of the clause's ("The junta, which
// came to power in a 2021 election, declared a state of emergency": 2021
// is no statement). It returns false when the date stands in no such clause.
func (r *reported) asideKind(text string, sp sentence.Span, m dates.Mention, v kind.Venue) (Kind, bool) {
	start := clauseStart(text, sp.Start, m.Start)
	for start < m.Start && isSpaceByte(text[start]) {
		start++
	}
	end := markEnd(text, m.End, sp.End)
	if start <= sp.Start || end > r.trigStart || !afterComma(text, sp.Start, start) {
		return Kind{}, false
	}
	if w, _ := firstWord(text[start:m.Start]); !leads().relative[w] {
		return Kind{}, false
	}
	return kindOf(r.classify(text, sp.Start, start, end, m, v)), true
}

// inOtherClause reports whether the date m stands in a clause other than
// the one of the trigger that gave the sentence its kind, if one did: a
// clause of background after the trigger is another ("arrested in
// connection with the bombings last year"), and so is the main clause
// after a relative clause on the subject that holds the trigger (see
// subjectRelative), the sentence sp's.
// Most dates stand in the trigger's clause, which the words between them
// tell at once.
func (r *reported) inOtherClause(text string, sp sentence.Span, m dates.Mention) bool {
	switch {
	case r.trigEnd <= r.trigStart:
		return false // no trigger
	case m.Start >= r.trigEnd:
		if clauseEnd(text, r.trigEnd, m.Start) < m.Start || lastBackground(text, r.trigEnd, m.Start) >= 0 {
			return true
		}
		_, ok := r.subjectRelative(text, sp, m) // "Soldiers who raided the village found weapons on Tuesday"
		return ok
	case m.End <= r.trigStart:
		return clauseEnd(text, m.End, r.trigStart) < r.trigStart
	}
	return false // the date is in the trigger's words
}

// otherClauseKind returns the kind of the clause of the date m, in the
// sentence sp of text, if it says more than a statement, for a date that
// stands in a clause other than the trigger's (inOtherClause): the event
// of "Macron phoned Merz on Sunday night, and the two leaders will meet in
// Paris on Wednesday" is a consultation on Sunday and an intent on
// Wednesday, and "An Israeli airstrike killed two Palestinians on Sunday,
// medics said, in one of several incidents that have tested the truce" an
// attack.
//
// A date after the trigger and up to maxReportingGap words after a
// statement's word in its clause dates the statement, an attribution that
// trails the event (see statementNear): "Another man has been arrested in
// connection with the bombings, police said today" is a statement today.
// A date in a clause of no kind that is the date alone (up to
// dateAloneWords other words) takes the kind of the clause before, unless
// that is the trigger's: "The negotiators had been holding talks in the
// Saudi city since May 6, and signed a declaration on May 11" is a
// negotiation on May 6. Else the date keeps the sentence's kind: false.
func (r *reported) otherClauseKind(text string, sp sentence.Span, m dates.Mention, v kind.Venue) (Kind, bool) {
	start := clauseStart(text, sp.Start, m.Start)
	if m.Start >= r.trigEnd {
		if bg := lastBackground(text, r.trigEnd, m.Start); bg >= 0 {
			// "arrested in connection with the bombings of U.S. embassies
			// in Kenya and Tanzania last year": the bombings' year.
			start = bg
		}
	}
	end := backgroundEnd(text, m.End, clauseEnd(text, m.End, sp.End))
	if wEnd, ok := atDateEnd(text, sp, m); ok {
		// "The negotiations almost broke down on Tuesday, when a drone
		// attack killed 12 people": what happened then is the date's too,
		// and the stronger of the two decides (an attack); "who lived in
		// London from 1968, when the Soviets invaded Czechoslovakia".
		end = wEnd
	}
	if m.Start >= r.trigEnd && r.statementNear(text, sp.Start, start, m, maxReportingGap) {
		// "..., a law enforcement official said Friday": the report's date.
		k, _ := kind.Parse(statementCAMEO)
		return kindOf(k), true
	}
	if rs, ok := r.subjectRelative(text, sp, m); ok {
		// "Officials who said drones struck the port gave no figures
		// until Tuesday": the date is the main clause's, after the
		// relative clause on the subject that holds the trigger.
		return kindOf(r.classifyOutside(text, sp, rs, r.trigEnd, m, v)), true
	}
	if start > sp.Start && limitLed(text[start:m.Start]) {
		// "agreed to extend the contract until Jan. 15 to allow time to
		// negotiate": the limit of the clause before, not an event of its own.
		before := clauseStart(text, sp.Start, start-1)
		if before < r.trigEnd && r.trigStart < start {
			return Kind{}, false
		}
		bk := r.classify(text, sp.Start, before, start, dates.Mention{Start: start, End: start}, v)
		if k, ok := moreThanStatement(bk); ok || !r.ownEvent(text, before, m, sp.End) {
			return k, ok
		}
		// "rejecting a court order that Elian remain in Miami until March
		// 6": the limit of a clause of its own, of no kind.
		return kindOf(bk), true
	}
	k, ok := moreThanStatement(r.classify(text, sp.Start, start, end, m, v))
	if ok {
		return k, ok
	}
	if rs, re, sub := r.trigSubordinate(text, sp); sub && (m.End <= rs || m.Start >= re) {
		// "Brazil, which hosts the next summit, will publish its
		// priorities early next year, its minister said": the trigger of
		// a relative clause, or of a clause of another time, dates
		// nothing outside it.
		return kindOf(r.classifyOutside(text, sp, rs, re, m, v)), true
	}
	alone := countWords(text[start:m.Start])+countWords(text[m.End:end]) <= dateAloneWords
	if !alone && r.ownEvent(text, start, m, sp.End) {
		// "Since KKR bought RJR in February, it has agreed to sell
		// assets": the date's clause tells of an event of its own, of no
		// kind or a statement ("after Castro announced Wednesday that").
		return kindOf(r.classify(text, sp.Start, start, end, m, v)), true
	}
	if start <= sp.Start || !alone {
		return k, ok
	}
	// A clause of the date alone ("since May 6") takes the kind of the
	// clause before, unless that is the trigger's.
	before := clauseStart(text, sp.Start, start-1)
	if before < r.trigEnd && r.trigStart < start {
		return Kind{}, false
	}
	return moreThanStatement(r.classify(text, sp.Start, before, end, m, v))
}

//go:embed data/clauses.txt
var clausesData string

// clauseLeads holds the sections of data/clauses.txt, each a set of
// lowercase words: those that lead a relative clause, a clause of another
// time or one about a date, that let "that" lead a relative clause, that
// join two parts of a clause, that name a plan's target or a start, and
// that end a noun phrase.
type clauseLeads struct {
	relative, shift, auxiliary, coordinator, atDate, target, start, phraseEnd map[string]bool
	// offence are the lines of [offence], each its first word and the
	// word that leads the offence: "charged", "with".
	offence [][2]string
}

// leads returns data/clauses.txt, read once.
var leads = sync.OnceValue(func() clauseLeads {
	l := clauseLeads{map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{},
		map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}, nil}
	sections := map[string]map[string]bool{"relative": l.relative, "shift": l.shift, "auxiliary": l.auxiliary,
		"coordinator": l.coordinator, "at-date": l.atDate, "target": l.target, "start": l.start, "phrase-end": l.phraseEnd}
	for line := range datafile.Lines(clausesData) {
		if set, ok := sections[line.Section]; ok {
			set[line.Text] = true
		}
		if f := strings.Fields(line.Text); line.Section == "offence" {
			l.offence = append(l.offence, [2]string{f[0], f[len(f)-1]})
		}
	}
	return l
})

// firstWord returns the first word of s after spaces, in lower case, and
// where it ends in s.
func firstWord(s string) (string, int) {
	i := 0
	for i < len(s) && isSpaceByte(s[i]) {
		i++
	}
	j := i
	for j < len(s) && isWordByte(s[j]) {
		j++
	}
	return strings.ToLower(s[i:j]), j
}

// maxCoordinated is how many times trigSubordinate reads the trigger's
// clause back past a coordinator ("and", "but") to the word that leads it.
const maxCoordinated = 2

// trigSubordinate returns the span of the subordinate clause that holds
// the sentence's trigger, from the word that leads it to the next mark of
// a clause, if the trigger stands in one: a relative clause (", which
// hosts the next summit in Belem in November", "the blasts which killed
// scores of people") or a clause of another time ("a year after he was
// killed"; [relative] and [shift] of data/clauses.txt), or a clause that
// tells what happened at a date (", when": [at-date], after a comma). A
// trigger there dates nothing outside it. The clause is read back past
// "and" and "but" ("who was wounded but survived the attack"); "that"
// leads a relative clause only before an auxiliary or a past form ("talks
// that were interrupted by the bombing", not "announced that the sides had
// agreed"). A clause set off by a comma ends at the next mark, another
// runs to the end of the sentence.
func (r *reported) trigSubordinate(text string, sp sentence.Span) (start, end int, ok bool) {
	l := leads()
	start = clauseStart(text, sp.Start, r.trigStart)
	for range maxCoordinated {
		if w, _ := firstWord(text[start:r.trigStart]); start <= sp.Start || !l.coordinator[w] || clauseMark(text[start-1]) {
			break
		}
		start = clauseStart(text, sp.Start, start-1)
	}
	for start < r.trigStart && isSpaceByte(text[start]) {
		start++
	}
	if start <= sp.Start && !leadsTime(text[start:r.trigStart]) {
		return 0, 0, false
	}
	w, n := firstWord(text[start:r.trigStart])
	switch {
	case l.shift[w]:
	case l.atDate[w]:
		if !afterComma(text, sp.Start, start) {
			return 0, 0, false // "Since 1985 _ when the Israelis created a zone _ 200 soldiers have been killed"
		}
	case w == "that":
		next, _ := firstWord(text[start+n : r.trigEnd])
		if !l.auxiliary[next] && !strings.HasSuffix(next, "ed") {
			return 0, 0, false // "announced that the sides had agreed": what is announced
		}
	case !l.relative[w]:
		return 0, 0, false
	}
	if start > sp.Start && !afterComma(text, sp.Start, start) {
		// A restrictive clause, or one of another time, runs on past
		// commas: "the bomb blasts which killed scores of people and
		// injured more than 1,000 others ... earlier in the day".
		return start, sp.End, true
	}
	return start, markEnd(text, r.trigEnd, sp.End), true
}

// subjectWords is how many words before a relative clause may stand and
// be the subject it hangs on ("Officials who", "The Israeli officials
// who"; not "White heads a team that is investigating the bombings").
const subjectWords = 3

// predicateWords is how many words at least stand between the trigger
// and a date for a main clause to stand there: the trigger's object, a
// verb and a word ("the port gave no figures until").
const predicateWords = 3

// subjectRelative returns where the relative clause that holds the
// sentence's trigger starts, when it hangs on the sentence's subject (no
// more than subjectWords words and no mark before it, nor a comma: a
// restrictive clause) and the date m ends the sentence, predicateWords
// words or more after the trigger: the sentence's main verb stands
// between them, and the date is its ("Officials who said drones struck
// the port gave no figures until Tuesday" is no attack on Tuesday;
// "Soldiers who raided the village found weapons on Tuesday" no raid). A date
// with words after it may be the relative clause's ("Officials who said
// missiles struck a facility near Lviv on Saturday declined to name it").
func (r *reported) subjectRelative(text string, sp sentence.Span, m dates.Mention) (int, bool) {
	if m.Start < r.trigEnd || r.trigEnd <= r.trigStart || countWords(text[r.trigEnd:m.Start]) < predicateWords {
		return 0, false
	}
	if strings.TrimRight(text[m.End:sp.End], " .!?\"'”’") != "" {
		return 0, false // words after the date: the main verb may follow it
	}
	rs, _, sub := r.trigSubordinate(text, sp)
	if !sub || rs <= sp.Start {
		return 0, false
	}
	w, _ := firstWord(text[rs:r.trigStart])
	before := text[sp.Start:rs]
	if !leads().relative[w] || countWords(before) > subjectWords || strings.ContainsAny(before, ",;:()\"") {
		return 0, false
	}
	return rs, true
}

// afterComma reports whether the last mark before start in text, past
// spaces and no further back than from, is a comma: the clause at start
// is set off.
func afterComma(text string, from, start int) bool {
	i := start - 1
	for i > from && isSpaceByte(text[i]) {
		i--
	}
	return text[i] == ','
}

// markEnd returns where the first mark of a clause (clauseMark) in
// text[at:max] stands, or max.
func markEnd(text string, at, max int) int {
	for at < max && !clauseMark(text[at]) {
		at++
	}
	return at
}

// atDateEnd returns where the clause that follows the date m in the
// sentence sp of text ends, at the next mark of a clause, if it is led by
// a word of [at-date] of data/clauses.txt ("from 1968, when the Soviets
// invaded Czechoslovakia"): that clause tells what happened at the date,
// and is read with the date's own.
func atDateEnd(text string, sp sentence.Span, m dates.Mention) (int, bool) {
	at := m.End
	for at < sp.End && (isSpaceByte(text[at]) || text[at] == ',') {
		at++
	}
	w, n := firstWord(text[at:sp.End])
	if !leads().atDate[w] {
		return 0, false
	}
	return markEnd(text, at+n, sp.End), true
}

// offenceKinds returns the names of the kinds of the lines of [offence]
// of data/clauses.txt that have one ("charged with": coerce), read once:
// the kinds of the dates offenceKind looks at. A kind or two: a look
// through them costs less than a map's.
var offenceKinds = sync.OnceValue(func() []string {
	var names []string
	for _, o := range leads().offence {
		if k, ok := moreThanStatement(kind.Classify(o[0] + " " + o[1])); ok && !slices.Contains(names, k.Name) {
			names = append(names, k.Name)
		}
	}
	return names
})

// offenceKind returns the kind of the offence a charge names, for the date
// m after the offence's words in the date's clause (a line of [offence]
// of data/clauses.txt), in the sentence sp of text: "Kopp, who is charged
// with gunning down Dr. Barnett Slepian last fall" dates an attack last
// fall, not a charge. It returns false when no charge leads an offence
// before the date in its clause, or the offence's words name no event
// ("charged the former minister with abuse of power on Friday": a charge
// on Friday).
func (r *reported) offenceKind(text string, sp sentence.Span, m dates.Mention, v kind.Venue) (Kind, bool) {
	start := clauseStart(text, sp.Start, m.Start)
	at := offenceEnd(text[start:m.Start], leads().offence)
	if at < 0 {
		return Kind{}, false
	}
	return moreThanStatement(r.classify(text, sp.Start, start+at, clauseEnd(text, m.End, sp.End), m, v))
}

// offenceEnd returns where in s the last offence's words (a pair of
// offences: the second up to four words after the first, "charged the
// former minister with") end, or -1 if none do.
func offenceEnd(s string, offences [][2]string) int {
	var room [16][2]int
	words := room[:0] // the starts and ends of the words of s
	for i, j := wordFrom(s, 0); i < len(s); i, j = wordFrom(s, j) {
		words = append(words, [2]int{i, j})
	}
	last := -1
	for i, w := range words {
		for _, o := range offences {
			if !strings.EqualFold(s[w[0]:w[1]], o[0]) {
				continue
			}
			for _, x := range words[i+1 : min(len(words), i+2+offenceGap)] {
				if strings.EqualFold(s[x[0]:x[1]], o[1]) {
					last = max(last, x[1])
					break
				}
			}
		}
	}
	return last
}

// offenceGap is how many words may stand between the two words of an
// offence's line: "charged the former minister with".
const offenceGap = 4

// leadsTime reports whether s starts with a word of [shift] of
// data/clauses.txt ("since", "after"): its clause tells of another time.
func leadsTime(s string) bool {
	w, _ := firstWord(s)
	return leads().shift[w]
}

// ownEvent reports whether the clause of the date m, which starts at
// start in text and holds no trigger, tells of an event of its own rather
// than the sentence's: a relative clause or a clause of another time
// ([relative] and [shift] of data/clauses.txt), unless the relative
// clause follows the trigger, or another word of an event, at once ("the
// talks that are supposed to conclude by May", "hosted the summit, which
// ended on Wednesday"), the date is a plan's target ([target]: "after
// missing a target date of Aug. 1, he had hoped to restart the talks"), or
// the clause of another time tells when the sentence's event began
// ([start]: "has killed 1,000 people since it erupted on April 15"), or
// the trigger follows in the same clause, past an "and" but no mark ("after
// touring Dar es Salaam Thursday and meeting police leaders"); sentEnd is
// where the sentence ends.
func (r *reported) ownEvent(text string, start int, m dates.Mention, sentEnd int) bool {
	if e := clauseEnd(text, m.End, sentEnd); r.trigStart >= e && r.trigStart < markEnd(text, e, sentEnd) {
		if w, _ := firstWord(text[e:]); leads().coordinator[w] {
			return false // "after touring Dar es Salaam Thursday and meeting police leaders": one clause
		}
	}
	w, _ := firstWord(text[start:])
	l := leads()
	if hasWordOf(text[start:m.Start], l.target) {
		return false // "After missing an initial target date of Aug. 1, he had hoped to restart the talks": the plan's date
	}
	if l.shift[w] {
		// "since it erupted on April 15": the start of the sentence's event
		return !hasWordOf(text[start:markEnd(text, m.End, sentEnd)], l.start)
	}
	if !l.relative[w] {
		return false
	}
	if start >= r.trigEnd && strings.Trim(text[r.trigEnd:start], " ,") == "" {
		return false // the trigger's noun, told more of
	}
	return !eventNounBefore(text, start)
}

// wordFrom returns the start and end of the first word of s at or after i;
// both are len(s) when there is none.
func wordFrom(s string, i int) (start, end int) {
	for i < len(s) && !isWordByte(s[i]) {
		i++
	}
	j := i
	for j < len(s) && isWordByte(s[j]) {
		j++
	}
	return i, j
}

// hasWordOf reports whether a word of s, in lower case, is in set.
func hasWordOf(s string, set map[string]bool) bool {
	for i, j := wordFrom(s, 0); i < len(s); i, j = wordFrom(s, j) {
		if set[strings.ToLower(s[i:j])] {
			return true
		}
	}
	return false
}

// eventNounBefore reports whether the word before start in text (past a
// comma) is a trigger of its own ("summit" in "hosted the two-day summit,
// which ended on Wednesday"): the relative clause at start tells more of
// that event.
func eventNounBefore(text string, start int) bool {
	end := start
	for end > 0 && (isSpaceByte(text[end-1]) || text[end-1] == ',') {
		end--
	}
	i := end
	for i > 0 && isWordByte(text[i-1]) {
		i--
	}
	return i < end && kind.Classify(text[i:end]).Name != kind.Other.Name
}

// classifyOutside returns the kind of the sentence sp of text without
// text[cutStart:cutEnd] and without the date m, as classify does.
func (r *reported) classifyOutside(text string, sp sentence.Span, cutStart, cutEnd int, m dates.Mention, v kind.Venue) kind.Kind {
	if r.words == nil {
		var b strings.Builder
		for _, p := range [2][2]int{{sp.Start, cutStart}, {cutEnd, sp.End}} {
			if m.Start >= p[0] && m.End <= p[1] {
				b.WriteString(text[p[0]:m.Start] + " " + text[m.End:p[1]] + " ")
			} else {
				b.WriteString(text[p[0]:p[1]] + " ")
			}
		}
		return kind.ClassifyWith(b.String(), v)
	}
	var room [32]kind.Word
	words := room[:0]
	for _, w := range r.words {
		ws, we := sp.Start+w.Start, sp.Start+w.End
		if (we <= cutStart || ws >= cutEnd) && (we <= m.Start || ws >= m.End) {
			words = append(words, w)
		}
	}
	return kind.ClassifyWords(words, v)
}

// limitLed reports whether lead, the words of a clause before its date,
// are a word of a limit alone ("until", "since", "by", "through"): the
// date is a limit of the clause before ("extend the contract until Jan. 15
// to allow time to negotiate"), whatever words follow it, while "since the
// war erupted on April 15" has an event of its own.
func limitLed(lead string) bool {
	w := strings.TrimSpace(lead)
	if w == "" || strings.ContainsAny(w, " \t\n\r") {
		return false
	}
	switch strings.ToLower(w) {
	case "until", "since", "through", "till":
		return true
	}
	return false
}

// backgroundEnd returns where the first word of background
// (kind.IsBackground: "as", "push", "bid") in text[at:end] starts, or end:
// a date's clause ends there, so that "met Israeli and Hamas negotiators
// in Cairo on Tuesday in a fresh push to extend the ceasefire" gives
// Tuesday's clause no ceasefire.
func backgroundEnd(text string, at, end int) int {
	for i := at; i < end; {
		for i < end && !isWordByte(text[i]) {
			i++
		}
		j := i
		for j < end && isWordByte(text[j]) {
			j++
		}
		if j > i && kind.IsBackground(strings.ToLower(text[i:j])) {
			return i
		}
		i = j
	}
	return end
}

// lastBackground returns where the last word of background
// (kind.IsBackground: "as", "connection", "push") in text[from:to] starts,
// if no mark of a clause follows it there, else -1: a date at to stands in
// that word's clause of background.
func lastBackground(text string, from, to int) int {
	last := -1
	for i := from; i < to; {
		if clauseMark(text[i]) {
			last = -1
		}
		if !isWordByte(text[i]) {
			i++
			continue
		}
		j := i
		for j < to && isWordByte(text[j]) {
			j++
		}
		if isLowerWord(text[i:j]) && kind.IsBackground(text[i:j]) {
			last = i // a capital starts no clause of background inside a sentence
		}
		i = j
	}
	return last
}

// isLowerWord reports whether w, a word, starts with a lowercase letter.
func isLowerWord(w string) bool { return w != "" && w[0] >= 'a' && w[0] <= 'z' }

// dateAloneWords is how many words besides its date a clause of the date
// alone has: "since May 6", "until then on Friday".
const dateAloneWords = 2

// countWords returns the number of words of s, runs of bytes other than
// spaces.
func countWords(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if !isSpaceByte(s[i]) && (i == 0 || isSpaceByte(s[i-1])) {
			n++
		}
	}
	return n
}

// reportReach is how many words before a date a statement's word may
// stand and make the date the statement's ("in remarks made last week").
const reportReach = 3

// statementNear reports whether the date m, in a clause of text that
// starts at start (in a sentence that starts at sentStart), dates a
// statement: the last reach words before it in its clause, or the noun it
// possesses, are a statement's. Inside what is said, "said Syria had
// indicated its interest in resuming talks in remarks made last week"
// dates the remarks, not talks; so does "in last week's remarks".
func (r *reported) statementNear(text string, sentStart, start int, m dates.Mention, reach int) bool {
	from := m.Start
	for range reach {
		for from > start && isSpaceByte(text[from-1]) {
			from--
		}
		for from > start && !isSpaceByte(text[from-1]) {
			from--
		}
	}
	if r.classify(text, sentStart, from, m.End, m, kind.VenueNone).CAMEO == statementCAMEO {
		return true
	}
	noun, ok := possessed(text, m.End)
	return ok && kind.Classify(noun).CAMEO == statementCAMEO
}

// classify returns the kind of text[start:end] without the date m, in a
// sentence starting at sentStart: from the sentence's words when they are
// at hand, else from the text.
func (r *reported) classify(text string, sentStart, start, end int, m dates.Mention, v kind.Venue) kind.Kind {
	if r.words == nil {
		return kind.ClassifyWith(text[start:m.Start]+" "+text[m.End:end], v)
	}
	var room [32]kind.Word
	words := room[:0]
	for _, w := range r.words {
		ws, we := sentStart+w.Start, sentStart+w.End
		if ws >= start && we <= end && (we <= m.Start || ws >= m.End) {
			words = append(words, w)
		}
	}
	return kind.ClassifyWords(words, v)
}

// nearReport reports whether gap, the text between a reporting verb and a
// date, is at most maxReportingGap words without a "that": the date is
// then the report's.
func nearReport(gap string) bool {
	words := 0
	for i := 0; i < len(gap); {
		for i < len(gap) && isSpaceByte(gap[i]) {
			i++
		}
		if i == len(gap) {
			break
		}
		if words++; words > maxReportingGap {
			return false
		}
		j := i
		for j < len(gap) && !isSpaceByte(gap[j]) {
			j++
		}
		if strings.EqualFold(gap[i:j], "that") {
			return false
		}
		i = j
	}
	return true
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// clauseStart returns where the clause that holds text[at] starts: after
// the last punctuation mark between clauses, or at the last clause word,
// from min on.
func clauseStart(text string, min, at int) int {
	for i := at - 1; i > min; i-- {
		switch c := text[i]; {
		case clauseMark(c):
			return i + 1
		case c == ' ' && clauseInitial(text, i+1) && isClauseWord(text[i+1:]):
			return i + 1
		}
	}
	return min
}

// clauseEnd returns where the clause that holds text[at-1] ends, before
// max.
func clauseEnd(text string, at, max int) int {
	for i := at; i < max; i++ {
		switch c := text[i]; {
		case clauseMark(c):
			return i
		case c == ' ' && clauseInitial(text, i+1) && isClauseWord(text[i+1:max]):
			return i
		}
	}
	return max
}

// clauseMark reports whether c is a mark that ends a clause for
// clauseStart and clauseEnd: , ; : ( ) or a straight quote.
func clauseMark(c byte) bool {
	switch c {
	case ',', ';', ':', '(', ')', '"':
		return true
	}
	return false
}

// clauseInitial reports whether text[i] can start a clause word (see
// isClauseWord): a cheap test before the full one.
func clauseInitial(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	switch text[i] | 0x20 {
	case 'a', 'b', 'i', 's', 't', 'u', 'w':
		return true
	}
	return false
}

// isClauseWord reports whether s starts with a word that starts a
// clause, after which the clause of a date does not go on: "that",
// "and", "but", "because", "when", "while", "since", "after", "before",
// "until", "which", "who", "where", "as", "if". It runs at every space of
// a clause, so it looks at the word's length and letters before
// comparing.
func isClauseWord(s string) bool {
	n := 0
	var low [7]byte
	for n < len(s) && n < len(low) && ('a' <= s[n]|0x20 && s[n]|0x20 <= 'z') {
		low[n] = s[n] | 0x20
		n++
	}
	if n < 2 || n < len(s) && isWordByte(s[n]) {
		return false // not a word of 2 to 7 letters
	}
	switch string(low[:n]) {
	case "that", "and", "but", "because", "when", "while", "since", "after", "before", "until", "which", "who", "where", "as", "if":
		return true
	}
	return false
}
