package dates

import (
	"embed"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/timelinehq/timeline/internal/datafile"
)

//go:embed data/*.txt
var dataFS embed.FS

// lexicon holds the word lists of data/ in the forms the rules need: maps
// from a lower-case spelling to its meaning, and regexp alternations built
// from the same lists so a list and its pattern cannot drift apart.
type lexicon struct {
	months   map[string]int    // "sept." -> 9
	weekdays map[string]int    // "fri." -> 5 (ISO)
	numbers  map[string]int    // "twenty" -> 20
	ordinals map[string]int    // "third" -> 3
	units    map[string]unit   // "weeks" -> week
	seasons  map[string]string // "autumn" -> "FA"
	sunTimes map[string]string // "dawn" -> "MO"
	parts    map[string]Mod    // "the end of" -> END
	weekPart map[string]Mod    // "first week" -> START ("the first week of March")
	approx   map[string]Mod    // "more than" -> MORE_THAN
	vague    map[string]bool   // "several"
	holidays map[string]holiday
	// holidaySeasons are the seasons around a holiday, by the month that
	// holds them ("the holiday season": December).
	holidaySeasons map[string]int
	future         []string // future-tense cues, lower case
	// futureAt indexes the future cues that start with a word by that word
	// (a run of isWordByte bytes, as tenseCues reads words); futureLoose
	// lists those that do not ("'ll").
	futureAt       map[string][]string
	futureLoose    []string
	past           map[string]bool
	notPast        map[string]bool     // words in -ed that are not past verbs
	barePast       map[string]bool     // "hit": past forms spelt as the present, past only after no infinitive or modal
	fixture        map[string]bool     // "hosts": present verbs of a fixture, future cues before their object
	barePastObject map[string]bool     // "set": as barePast, but only before its object ("set a record")
	eventNoun      map[string]bool     // "meeting": a month before it names which one ("the July meeting")
	open           map[string]bool     // words before a date that leave its tense open: by, until, payable
	leadUps        []string            // "run-up": before "to", no limit ("the run-up to Christmas")
	moves          map[string]bool     // "postponed": before "from", the day after "to" is a new term
	gameWords      map[string][]string // "touchdown", "field goal" by their first word: near one, "the fourth quarter" is the game's
	gameFirst      wordStarts          // the keys of gameWords: most words need no look-up
	sunFirst       wordStarts          // the keys of sunTimes
	sunLast        [2][256]bool        // the last and next-to-last bytes of the keys of sunTimes, and of "on"
	reporting      map[string]bool     // past verbs whose clause may lie ahead: said, announced
	ahead          map[string]bool     // words between a past verb and a date that may put it ahead: to, would
	wouldPast      map[string]bool     // words after "would" that make it tell the past: often, later
	forward        map[string]bool     // past verbs whose infinitive lies after them: told (to), urged, agreed
	states         map[string]bool     // present verbs of a state that keep a term running: remain, is
	purpose        map[string]bool     // nouns of a measure whose infinitive is its purpose: bill, measure
	dataNouns      map[string]bool     // figures measured over a period, released after it: data, figures
	termStarts     map[string]bool     // words before "from" and a day that starts a term: truce, applies
	termNouns      map[string]bool     // nouns before "of" and a date that ends a term: deadline, target
	decades        map[string]int      // "nineties" -> 9
	yearNoun       map[string]bool     // "people": "2000 people" is no year
	spanNoun       map[string]bool     // "season": "the 2024-25 season" is one period
	timeKind       map[string]bool     // "business": "business hours" is no length
	timeKindFirst  wordStarts          // the keys of timeKind
	eventRate      map[string]bool     // "meetings": "eight meetings a year" is a SET
	// dayTailFollow: words that may follow the last day of a range joined
	// by a word ("Sept. 8 and 9 in Geneva"); see dayTailFollows
	dayTailFollow map[string]bool
	generic       map[string]bool // "youth": "today's youth" is no date
	eras          map[string]bool // "b.c." -> true (BC), "a.d." -> false (AD), after a year or before it
	preEras       []string        // the spellings that stand before a year: "ad", "a.d."

	nameBefore map[string]bool // words making a weekday a name ...
	nameAfter  []string        // ... before or after it; namedAfter tries each
	// nameAfterPairs holds the first two bytes of each word of nameAfter,
	// which mayBeNamedAfter tests by one load.
	nameAfterPairs bytePairs
	dayNames       map[string]bool // "friday the 13th": a weekday and its day that make a name
	// holidayNameAfter and holidayNameBefore hold the words that make a
	// holiday next to them part of a name ("Easter Island", "the Good
	// Friday Agreement") or another calendar's day ("Orthodox Easter").
	holidayNameAfter, holidayNameBefore map[string]bool
	// holidayBeforeDay holds what comes before the weekday in a holiday's
	// name ("good" of "Good Friday"): the weekday alone is no date there.
	holidayBeforeDay map[string]bool
	// monthName holds the words of data/month_names.txt by their kind
	// (link, join, verb, time): evidence that "May" is a person's name.
	monthName map[string]map[string]bool
	plan      map[string]bool // adjectives of a plan: "the slated visit ... in September" (data/plan_words.txt)
	aside     map[string]bool // words of a clause of another event: ", four months after" (data/aside_words.txt)

	alt map[string]string // list name -> regexp alternation

	// parsed holds the placeholders' expansions as newRule parses them
	// (see placeholderTree).
	parsedMu sync.Mutex
	parsed   map[string]placeholderParse

	// zoneAbbr holds the time zones written as abbreviations ("bst"),
	// which must be capitals in the text; zonePlaces the places that name
	// a zone before a word of zoneAfter ("eastern" "time"); zoneAlone
	// those that name one on their own ("eastern").
	zoneAbbr, zoneAlone   map[string]bool
	zonePlaces, zoneAfter []string
	// overnightNoun: nouns after which "overnight" is no night ("rate")
	overnightNoun map[string]bool
	// scheduleCues make a range of times opening hours ("daily")
	scheduleCues []string
}

// unit is a calendar unit as spelled in text.
type unit struct {
	grain Grain
	code  string // TIMEX3 duration letter: Y, M, W, D, H, DE ...
	// times is how many of its grain the unit spans, 0 for one: a
	// fortnight is two weeks, read as two weeks wherever a week is read.
	times int
}

// count returns the amount n of the unit in its grain: n fortnights are
// 2n weeks. An unknown amount (negative) stays unknown.
func (u unit) count(n float64) float64 {
	if u.times == 0 || n < 0 {
		return n
	}
	return n * float64(u.times)
}

// holiday is a named day: fixed (month, day), the nth weekday of a month or
// Easter, moved by days (Black Friday: the day after Thanksgiving).
type holiday struct {
	month, day   int
	nth, weekday int // nth < 0 means the last one
	easter       bool
	days         int
}

// lex returns the lexicon, parsed once.
var lex = sync.OnceValue(func() *lexicon {
	l, err := loadLexicon()
	if err != nil {
		panic(err) // the embedded data is part of the binary; tests cover it
	}
	return l
})

func loadLexicon() (*lexicon, error) {
	l := &lexicon{
		months: map[string]int{}, weekdays: map[string]int{}, numbers: map[string]int{},
		ordinals: map[string]int{}, units: map[string]unit{}, seasons: map[string]string{}, sunTimes: map[string]string{},
		parts: map[string]Mod{}, weekPart: map[string]Mod{}, approx: map[string]Mod{}, vague: map[string]bool{},
		holidays: map[string]holiday{}, holidaySeasons: map[string]int{}, past: map[string]bool{}, notPast: map[string]bool{}, barePast: map[string]bool{}, fixture: map[string]bool{}, barePastObject: map[string]bool{}, eventNoun: map[string]bool{}, open: map[string]bool{},
		reporting: map[string]bool{}, ahead: map[string]bool{}, wouldPast: map[string]bool{}, forward: map[string]bool{}, states: map[string]bool{}, purpose: map[string]bool{}, dataNouns: map[string]bool{}, termStarts: map[string]bool{}, termNouns: map[string]bool{}, moves: map[string]bool{}, alt: map[string]string{},
		decades: map[string]int{}, yearNoun: map[string]bool{}, spanNoun: map[string]bool{}, timeKind: map[string]bool{}, eventRate: map[string]bool{}, dayTailFollow: map[string]bool{}, generic: map[string]bool{}, nameBefore: map[string]bool{}, dayNames: map[string]bool{}, holidayNameAfter: map[string]bool{}, holidayNameBefore: map[string]bool{}, holidayBeforeDay: map[string]bool{},
		eras: map[string]bool{}, zoneAbbr: map[string]bool{}, zoneAlone: map[string]bool{}, overnightNoun: map[string]bool{},
	}
	numbered := func(file string, into map[string]int) error {
		return eachLine(file, func(f []string) error {
			n, err := strconv.Atoi(f[0])
			if err != nil || len(f) < 2 {
				return fmt.Errorf("want a number and spellings")
			}
			for _, w := range f[1:] {
				into[strings.ReplaceAll(w, "_", " ")] = n
			}
			return nil
		})
	}
	for file, m := range map[string]map[string]int{
		"months.txt": l.months, "weekdays.txt": l.weekdays, "decades.txt": l.decades, "numbers.txt": l.numbers, "ordinals.txt": l.ordinals,
	} {
		if err := numbered(file, m); err != nil {
			return nil, err
		}
	}
	err := eachLine("units.txt", func(f []string) error {
		g, ok := ParseGrain(f[0])
		if !ok || len(f) < 3 {
			return fmt.Errorf("unknown grain %q", f[0])
		}
		// "2W": a unit of two weeks (a fortnight)
		code := strings.ToUpper(f[1])
		digits := strings.TrimRight(code, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
		times := 0
		if digits != "" {
			times, _ = strconv.Atoi(digits)
			code = code[len(digits):]
		}
		for _, w := range f[2:] {
			l.units[w] = unit{grain: g, code: code, times: times}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if err = eachLine("sun_times.txt", codeWords(l.sunTimes)); err != nil {
		return nil, err
	}
	l.sunFirst = startsOf(l.sunTimes)
	for _, w := range append(keys(l.sunTimes), "on") {
		l.sunLast[0][w[len(w)-1]], l.sunLast[1][w[len(w)-2]] = true, true
	}
	if err = eachLine("time_zones.txt", l.addZone); err != nil {
		return nil, err
	}
	if err = eachLine("overnight_nouns.txt", func(f []string) error {
		for _, w := range f {
			l.overnightNoun[w] = true
		}
		return nil
	}); err != nil {
		return nil, err
	}
	if err = eachLine("schedule_cues.txt", func(f []string) error {
		l.scheduleCues = append(l.scheduleCues, strings.Join(f, " "))
		return nil
	}); err != nil {
		return nil, err
	}
	if err = eachLine("seasons.txt", codeWords(l.seasons)); err != nil {
		return nil, err
	}
	modPhrases := func(file string, into map[string]Mod) error {
		return eachLine(file, func(f []string) error {
			into[strings.Join(f[1:], " ")] = Mod(strings.ToUpper(f[0]))
			return nil
		})
	}
	if err := modPhrases("parts.txt", l.parts); err != nil {
		return nil, err
	}
	if err := modPhrases("week_parts.txt", l.weekPart); err != nil {
		return nil, err
	}
	if err := modPhrases("approx.txt", l.approx); err != nil {
		return nil, err
	}
	if err := eachLine("vague.txt", func(f []string) error { l.vague[strings.Join(f, " ")] = true; return nil }); err != nil {
		return nil, err
	}
	if err := eachLine("future_cues.txt", func(f []string) error {
		cue := strings.Join(f, " ")
		l.future = append(l.future, cue)
		if strings.Contains(cue, "'") {
			l.future = append(l.future, strings.ReplaceAll(cue, "'", "’")) // we’ll
		}
		return nil
	}); err != nil {
		return nil, err
	}
	l.futureAt = map[string][]string{}
	for _, cue := range l.future {
		if !isWordByte(cue[0]) {
			l.futureLoose = append(l.futureLoose, cue)
			continue
		}
		w := cue
		if i := strings.IndexFunc(cue, func(r rune) bool { return r < utf8.RuneSelf && !isWordByte(byte(r)) }); i >= 0 {
			w = cue[:i]
		}
		l.futureAt[w] = append(l.futureAt[w], cue)
	}
	if err := eachLine("past_cues.txt", func(f []string) error { l.past[strings.Join(f, " ")] = true; return nil }); err != nil {
		return nil, err
	}
	if err := eachLine("not_past.txt", func(f []string) error { l.notPast[f[0]] = true; return nil }); err != nil {
		return nil, err
	}
	if err := eachLine("past_bare.txt", func(f []string) error {
		if f[0] == "object" && len(f) == 2 {
			l.barePastObject[f[1]] = true
			return nil
		}
		l.barePast[f[0]] = true
		return nil
	}); err != nil {
		return nil, err
	}
	if err := eachLine("fixture_verbs.txt", func(f []string) error { l.fixture[f[0]] = true; return nil }); err != nil {
		return nil, err
	}
	if err := eachLine("event_nouns.txt", func(f []string) error { l.eventNoun[f[0]] = true; return nil }); err != nil {
		return nil, err
	}
	if err := eachLine("open_cues.txt", func(f []string) error { l.open[strings.Join(f, " ")] = true; return nil }); err != nil {
		return nil, err
	}
	if err := eachLine("moves.txt", func(f []string) error { l.moves[f[0]] = true; return nil }); err != nil {
		return nil, err
	}
	if err := eachLine("lead_ups.txt", func(f []string) error { l.leadUps = append(l.leadUps, strings.Join(f, " ")); return nil }); err != nil {
		return nil, err
	}
	l.gameWords = map[string][]string{}
	if err := eachLine("game_words.txt", func(f []string) error {
		w := strings.Join(f, " ")
		first := w
		if i := strings.IndexFunc(w, func(r rune) bool { return r < utf8.RuneSelf && !isWordByte(byte(r)) }); i >= 0 {
			first = w[:i] // "field" of "field goal", "tip" of "tip-off"
		}
		l.gameWords[first] = append(l.gameWords[first], w)
		l.gameFirst.add(first)
		return nil
	}); err != nil {
		return nil, err
	}
	if err := eachLine("report_cues.txt", func(f []string) error { l.reporting[f[0]] = true; return nil }); err != nil {
		return nil, err
	}
	if err := eachLine("forward_verbs.txt", func(f []string) error { l.forward[f[0]] = true; return nil }); err != nil {
		return nil, err
	}
	if err := eachLine("present_states.txt", func(f []string) error { l.states[f[0]] = true; return nil }); err != nil {
		return nil, err
	}
	if err := eachLine("purpose_nouns.txt", func(f []string) error { l.purpose[f[0]] = true; return nil }); err != nil {
		return nil, err
	}
	if err := eachLine("term_nouns.txt", func(f []string) error { l.termNouns[f[0]] = true; return nil }); err != nil {
		return nil, err
	}
	if err := eachLine("term_starts.txt", func(f []string) error { l.termStarts[f[0]] = true; return nil }); err != nil {
		return nil, err
	}
	if err := eachLine("data_nouns.txt", func(f []string) error { l.dataNouns[f[0]] = true; return nil }); err != nil {
		return nil, err
	}
	if err := eachLine("ahead_words.txt", func(f []string) error { l.ahead[f[0]] = true; return nil }); err != nil {
		return nil, err
	}
	if err := eachLine("would_past.txt", func(f []string) error { l.wouldPast[f[0]] = true; return nil }); err != nil {
		return nil, err
	}
	if err := eachLine("year_nouns.txt", func(f []string) error { l.yearNoun[f[0]] = true; return nil }); err != nil {
		return nil, err
	}
	if err := eachLine("span_nouns.txt", func(f []string) error { l.spanNoun[f[0]] = true; return nil }); err != nil {
		return nil, err
	}
	if err := eachLine("time_kinds.txt", func(f []string) error { l.timeKind[f[0]] = true; return nil }); err != nil {
		return nil, err
	}
	l.timeKindFirst = startsOf(l.timeKind)
	if err := eachLine("event_counts.txt", func(f []string) error { l.eventRate[f[0]] = true; return nil }); err != nil {
		return nil, err
	}
	if err := eachLine("day_tail_follow.txt", func(f []string) error { l.dayTailFollow[f[0]] = true; return nil }); err != nil {
		return nil, err
	}
	if err := eachLine("generic_nouns.txt", func(f []string) error { l.generic[f[0]] = true; return nil }); err != nil {
		return nil, err
	}
	err = eachLine("eras.txt", func(f []string) error {
		if len(f) < 3 || f[0] != "bc" && f[0] != "ad" || f[1] != "after" && f[1] != "before" {
			return fmt.Errorf("want BC or AD, after or before, and spellings, got %q", f)
		}
		for _, w := range f[2:] {
			l.eras[w] = f[0] == "bc"
			if f[1] == "before" {
				l.preEras = append(l.preEras, w)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	var circa []string
	if err := eachLine("circa.txt", func(f []string) error { circa = append(circa, strings.Join(f, " ")); return nil }); err != nil {
		return nil, err
	}
	err = eachLine("name_words.txt", func(f []string) error {
		w := strings.Join(f[1:], " ")
		switch f[0] {
		case "before":
			l.nameBefore[w] = true
		case "after":
			l.nameAfter = append(l.nameAfter, w)
		case "name":
			l.dayNames[w] = true
		case "holiday-after":
			l.holidayNameAfter[w] = true
		case "holiday-before":
			l.holidayNameBefore[w] = true
		default:
			return fmt.Errorf("want before, after, name, holiday-before or holiday-after, got %q", f[0])
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, w := range l.nameAfter {
		l.nameAfterPairs.add(w)
	}
	l.plan, l.aside = map[string]bool{}, map[string]bool{}
	if err := eachLine("aside_words.txt", func(f []string) error { l.aside[f[0]] = true; return nil }); err != nil {
		return nil, err
	}
	if err := eachLine("plan_words.txt", func(f []string) error { l.plan[f[0]] = true; return nil }); err != nil {
		return nil, err
	}
	l.monthName = map[string]map[string]bool{"link": {}, "join": {}, "verb": {}, "time": {}}
	err = eachLine("month_names.txt", func(f []string) error {
		set, ok := l.monthName[f[0]]
		if !ok || len(f) != 2 {
			return fmt.Errorf("want link, join, verb or time and one word, got %q", strings.Join(f, " "))
		}
		set[f[1]] = true
		return nil
	})
	if err != nil {
		return nil, err
	}
	if err := loadHolidays(l); err != nil {
		return nil, err
	}
	for h := range l.holidays {
		if i := strings.LastIndexByte(h, ' '); i > 0 && l.weekdays[h[i+1:]] != 0 {
			l.holidayBeforeDay[h[:i]] = true // "good" of "good friday"
		}
	}
	l.alt["month"] = alternation(keys(l.months))
	l.alt["weekday"] = alternation(keys(l.weekdays))
	var full, named []string
	for w := range l.weekdays {
		if !strings.HasSuffix(w, ".") {
			full = append(full, w)
		}
	}
	l.alt["weekdayname"] = alternation(full)
	plural := make([]string, len(full))
	for i, w := range full {
		plural[i] = w + "s"
	}
	l.alt["weekdays"] = alternation(plural)
	for w := range l.months {
		if strings.HasSuffix(w, ".") || len(w) >= 5 || w == "may" || w == "june" || w == "july" {
			named = append(named, w) // full names and dotted abbreviations
		}
	}
	l.alt["monthname"] = alternation(named)
	l.alt["decword"] = alternation(keys(l.decades))
	l.alt["numword"] = alternation(keys(l.numbers))
	l.alt["spokenyear"] = spokenYear(l.numbers)
	l.alt["ordword"] = alternation(keys(l.ordinals))
	l.alt["unit"] = alternation(keys(l.units))
	l.alt["season"] = alternation(keys(l.seasons))
	l.alt["suntime"] = alternation(keys(l.sunTimes))
	l.alt["zone"] = l.zoneAlternation()
	l.alt["part"] = alternation(keys(l.parts))
	l.alt["approx"] = alternation(keys(l.approx))
	l.alt["vague"] = alternation(keys(l.vague))
	l.alt["holiday"] = alternation(keys(l.holidays))
	l.alt["holidayseason"] = alternation(keys(l.holidaySeasons))
	l.alt["era"] = alternation(keys(l.eras))
	l.alt["preera"] = alternation(l.preEras)
	l.alt["circa"] = alternation(circa)
	return l, nil
}

// spokenYear builds the alternation of years as they are read out in
// broadcast transcripts, from the number words: "nineteen ninety-six",
// "nineteen oh five", "nineteen hundred", "two thousand", "two thousand and
// one", "twenty ten".
func spokenYear(numbers map[string]int) string {
	var ones, teens, tens, cents []string
	for w, n := range numbers {
		if strings.ContainsAny(w, " -") {
			continue // "a couple of", "twenty-four"
		}
		switch {
		case n >= 1 && n <= 9:
			ones = append(ones, w)
		case n >= 10 && n <= 19:
			teens = append(teens, w)
		case n >= 20 && n <= 90 && n%10 == 0:
			tens = append(tens, w)
		}
		if n >= 18 && n <= 20 {
			cents = append(cents, w)
		}
	}
	one, teen, ten := alternation(ones), alternation(teens), alternation(tens)
	below100 := `(?:` + ten + `(?:[\s-]+` + one + `)?|` + teen + `)`
	return `(?:` + alternation(cents) + `[\s-]+(?:` + below100 + `|oh[\s-]+` + one + `|hundred\b)` +
		`|two[\s-]+thousand\b(?:[\s-]+(?:and[\s-]+)?(?:` + below100 + `|` + one + `))?)`
}

// yearNumber reads a year written in digits ("1996") or read out
// ("nineteen ninety-six", "two thousand and one"); 0 if it is neither.
func yearNumber(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	var f []string
	for _, w := range strings.FieldsFunc(norm(s), func(r rune) bool { return r == ' ' || r == '-' }) {
		if w != "and" {
			f = append(f, w)
		}
	}
	if len(f) < 2 {
		return 0
	}
	rest := func(ws []string) int {
		switch {
		case len(ws) == 0:
			return 0
		case ws[0] == "oh" && len(ws) == 2:
			ws = ws[1:]
		}
		n, _ := number(strings.Join(ws, " "))
		return int(n)
	}
	if f[0] == "two" && f[1] == "thousand" {
		return 2000 + rest(f[2:])
	}
	c, ok := lex().numbers[f[0]]
	if !ok {
		return 0
	}
	if f[1] == "hundred" {
		return c * 100
	}
	return c*100 + rest(f[1:])
}

func loadHolidays(l *lexicon) error {
	b, err := dataFS.ReadFile("data/holidays.txt")
	if err != nil {
		return err
	}
	for i, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		names, date, ok := strings.Cut(line, "\t")
		if !ok {
			return fmt.Errorf("data/holidays.txt:%d: want names<TAB>date", i+1)
		}
		h, ok := parseHoliday(strings.TrimSpace(date))
		if !ok {
			return fmt.Errorf("data/holidays.txt:%d: bad date %q", i+1, date)
		}
		for _, n := range strings.Split(names, "|") {
			n = strings.ToLower(strings.TrimSpace(n))
			if h.day == 0 && h.nth == 0 && !h.easter {
				l.holidaySeasons[n] = h.month
				continue
			}
			l.holidays[n] = h
		}
	}
	return nil
}

// parseHoliday reads the date of a line of data/holidays.txt: MM-DD,
// MM-N-WD or "easter", then perhaps +D or -D days; or MM alone, a season
// around a holiday.
func parseHoliday(date string) (h holiday, ok bool) {
	if i := strings.LastIndexAny(date, "+-"); i > 0 && (date[i] == '+' || strings.HasPrefix(date, "easter")) {
		d, err := strconv.Atoi(date[i+1:])
		if err != nil || d == 0 {
			return h, false
		}
		if date[i] == '-' {
			d = -d
		}
		h.days, date = d, date[:i]
	}
	if date == "easter" {
		h.easter = true
		return h, true
	}
	f := strings.Split(date, "-")
	var err error
	if h.month, err = strconv.Atoi(f[0]); err != nil || h.month < 1 || h.month > 12 {
		return h, false
	}
	switch len(f) {
	case 1:
		return h, h.days == 0 // a season around a holiday: its month
	case 2:
		h.day, err = strconv.Atoi(f[1])
		return h, err == nil && h.day >= 1 && h.day <= 31
	case 3:
		if f[1] == "L" {
			h.nth = -1
		} else if h.nth, err = strconv.Atoi(f[1]); err != nil || h.nth < 1 || h.nth > 5 {
			return h, false
		}
		h.weekday, err = strconv.Atoi(f[2])
		return h, err == nil && h.weekday >= 1 && h.weekday <= 7
	}
	return h, false
}

// eachLine calls fn with the whitespace-separated, lower-cased fields of each
// non-comment line of a data file.
func eachLine(file string, fn func([]string) error) error {
	b, err := dataFS.ReadFile("data/" + file)
	if err != nil {
		return err
	}
	for l := range datafile.Lines(string(b)) {
		if err := fn(strings.Fields(strings.ToLower(l.Text))); err != nil {
			return fmt.Errorf("data/%s:%d: %w", file, l.N, err)
		}
	}
	return nil
}

// keys returns the keys of a word list, in no particular order
// (alternation sorts them).
func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}

// alternation builds a non-capturing regexp alternation of words, in
// descending order: a word comes before any word that begins it, so that
// "sept." wins over "sep" and "christmas day" over "christmas", and words of
// a common beginning stay together, which the regexp parser factors out
// ("christmas(?:\s+eve|\s+day|)"): a try fails at the first letters once,
// not once for each word. Spaces match any run of spaces and a hyphen
// matches a hyphen or a space.
func alternation(words []string) string {
	sort.Sort(sort.Reverse(sort.StringSlice(words)))
	parts := make([]string, len(words))
	for i, w := range words {
		q := regexp.QuoteMeta(strings.ReplaceAll(w, "’", "'"))
		q = strings.ReplaceAll(q, " ", `\s+`)
		q = strings.ReplaceAll(q, "'", `['’]`)
		if last := w[len(w)-1]; last >= 'a' && last <= 'z' || last >= '0' && last <= '9' {
			q += `\b`
		}
		parts[i] = q
	}
	return "(?:" + strings.Join(parts, "|") + ")"
}

// norm lower-cases a phrase and collapses its spaces, for map lookups.
func norm(s string) string {
	if plainWord(s) {
		return s // the common case: a lower-case word, nothing to do
	}
	var buf [64]byte
	if b, ok := asciiNorm(buf[:0], s); ok { // the same for ASCII, with one allocation at most
		if string(b) == s {
			return s
		}
		return string(b)
	}
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	return strings.ReplaceAll(s, "’", "'")
}

// namedAfter reports whether the text after a weekday, a, normalised as
// by norm, begins with a word that makes the weekday part of a name
// ("Friday prayer").
func (l *lexicon) namedAfter(a string) bool {
	var buf [64]byte
	b, ok := asciiNorm(buf[:0], a)
	if !ok {
		b = []byte(norm(a))
	}
	for _, w := range l.nameAfter { // a slice: ranging over a map costs more than these few tests
		if len(b) >= len(w) && string(b[:len(w)]) == w && (len(b) == len(w) || !isWordRune(rune(b[len(w)]))) {
			return true
		}
	}
	return false
}

// asciiNorm appends norm(s) to buf when s is ASCII, which it reports, and
// needs no allocation for it; otherwise it returns buf as it was.
func asciiNorm(buf []byte, s string) ([]byte, bool) {
	start, space := len(buf), false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			return buf[:start], false
		case c == ' ' || c >= '\t' && c <= '\r': // as strings.Fields splits ASCII
			space = true
			continue
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		}
		if space && len(buf) > start {
			buf = append(buf, ' ')
		}
		space = false
		buf = append(buf, c)
	}
	return buf, true
}

// plainWord reports whether s is lower-case ASCII letters, digits, '.' and
// '-' only, which norm leaves as they are.
func plainWord(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '-') {
			return false
		}
	}
	return true
}

// codeWords returns the line reader of a list of "CODE spelling..." lines
// (seasons.txt, sun_times.txt): each spelling maps to the code in capitals.
// addZone reads a line of data/time_zones.txt: "abbr" and abbreviations,
// "place" and the places that name a zone before the words of "after"
// ("time", "standard time").
func (l *lexicon) addZone(f []string) error {
	if len(f) < 2 || f[0] != "abbr" && f[0] != "place" && f[0] != "after" && f[0] != "alone" {
		return fmt.Errorf("want abbr, place, alone or after and words, got %q", f)
	}
	for _, w := range f[1:] {
		w = strings.ReplaceAll(w, "_", " ")
		switch f[0] {
		case "abbr":
			l.zoneAbbr[w] = true
		case "alone":
			l.zoneAlone[w] = true
		case "place":
			l.zonePlaces = append(l.zonePlaces, w)
		default:
			l.zoneAfter = append(l.zoneAfter, w)
		}
	}
	return nil
}

// zoneAlternation returns the regexp alternation of the time zones: the
// abbreviations, a place and a word of "after" ("Eastern Standard
// Time"), or a place alone ("Eastern").
func (l *lexicon) zoneAlternation() string {
	return "(?:" + alternation(keys(l.zoneAbbr)) + "|" + alternation(l.zonePlaces) + `\s+` + alternation(l.zoneAfter) + "|" + alternation(keys(l.zoneAlone)) + ")"
}

func codeWords(m map[string]string) func(f []string) error {
	return func(f []string) error {
		for _, w := range f[1:] {
			m[w] = strings.ToUpper(f[0])
		}
		return nil
	}
}

// wordStarts has bit n of entry b set when a word of n bytes (63 or more
// share bit 63) that starts with byte b was added: it tells most words
// that are not in a list by two loads, before a map looks them up.
type wordStarts [256]uint64

// add records the first byte and the length of the non-empty word w.
func (f *wordStarts) add(w string) { f[w[0]] |= 1 << min(len(w), 63) }

// may reports whether the non-empty word w may be one added: false is
// sure, true needs the look-up.
func (f *wordStarts) may(w string) bool { return f[w[0]]>>min(len(w), 63)&1 != 0 }

// startsOf returns the wordStarts of the non-empty keys of m.
func startsOf[V any](m map[string]V) (f wordStarts) {
	for w := range m {
		f.add(w)
	}
	return f
}

// isTimeKind reports whether the lower-case word w names a kind of time
// (data/time_kinds.txt: "business" of "business hours"); most words are
// told without the look-up.
func (l *lexicon) isTimeKind(w string) bool {
	return w != "" && l.timeKindFirst.may(w) && l.timeKind[w]
}

// bytePairs is a set of pairs of bytes, one bit each: the first two bytes
// of words, which tell most words that begin no word of a list.
type bytePairs [1 << 16 / 64]uint64

// add puts the first two bytes of w in the set; a word of fewer than two
// bytes puts in every pair, as any text may begin with it.
func (p *bytePairs) add(w string) {
	if len(w) < 2 {
		for i := range p {
			p[i] = ^uint64(0)
		}
		return
	}
	k := uint(w[0])<<8 | uint(w[1])
	p[k/64] |= 1 << (k % 64)
}

// has reports whether the pair a, b is in the set.
func (p *bytePairs) has(a, b byte) bool {
	k := uint(a)<<8 | uint(b)
	return p[k/64]&(1<<(k%64)) != 0
}
