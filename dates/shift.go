package dates

import (
	"slices"
	"strings"
)

// amountRule names the mentions that amountBefore and shiftedBy make of
// two phrases, an amount and a date: no rule of Rules finds them whole.
const amountRule = "amount_from"

// amount is an amount of time before or after a date phrase, read back
// from it: n grains g, signed (before is negative), from its first byte.
type amount struct {
	from, n int
	g       Grain
	mod     Mod
	// weekday, when set, makes the amount the first such weekday before
	// or after the date (n is -1 or 1): "the Friday before Christmas".
	weekday int
	// week makes the amount the week that holds most of the seven days
	// before or after the date (n is -4 or 4 days, the middle one): "the
	// week before Christmas".
	week bool
	// weekend makes the amount the weekend before or after the date's,
	// from its Saturday (weekday 6): "the weekend before Christmas".
	weekend bool
	// eve marks "the eve of", the day before, whose phrase takes in a
	// "holiday" after the date: "the eve of the Christmas holiday".
	eve bool
}

// mayFollowAmount reports whether the word before start of text may be
// "before" or "after", by its last two letters: most phrases follow
// neither ("the", "on", "for"), and the tagger asks for each one; "to"
// and "of" may close "prior to" and "ahead of".
func mayFollowAmount(text string, start int) bool {
	j := start
	for j > 0 && text[j-1] == ' ' {
		j--
	}
	if j < 6 {
		return false
	}
	a, b := text[j-2]|0x20, text[j-1]|0x20
	return a == 'r' && b == 'e' || a == 'e' && b == 'r' || a == 't' && b == 'o' || a == 'o' && b == 'f' ||
		a == 'h' && b == 'e' && j >= 10 && text[j-6:j-4] == "of" // "the eve of the Christmas holiday"
}

// amountBefore reads an amount of time before or after the date phrase at
// start of text, so that the two read as one date, that far from it: "two
// days before Christmas" is Dec. 23, "a week after Sept. 12" Sept. 19,
// "the day before Christmas" Dec. 24, "the Friday before Christmas" the
// last Friday before it, "two days prior to Christmas" and "two days
// ahead of Christmas" Dec. 23. A news reader, and a timeline, want the day
// meant, not a length and another day; WikiWars annotates the whole phrase
// as one date ("Eight days before the new year", 1938-12-24). TimeML
// would tag the length and the date apart, with a date that takes no text,
// which a Mention cannot say; its one such phrase counts trading days,
// which are not calendar days and stay apart.
//
// prev is the mention just before the phrase, or nil; only "before",
// "after", "prior to" or "ahead of" may stand between them. The amount is a whole number of days,
// weeks, months or years (wholeAmount), not a length ("for two weeks
// before Christmas"). The phrase itself is checked once resolved
// (shiftedBy).
func amountBefore(text string, prev *Mention, start int) (a amount, ok bool) {
	j := start
	for j > 0 && text[j-1] == ' ' {
		j--
	}
	w, rest := lastWord(text[:j])
	if foldEq(w, "the") {
		if o, r := lastWord(rest); foldEq(o, "of") {
			w, rest = o, r // "the eve of the Christmas holiday"
		}
	}
	sign := 1
	switch {
	case foldEq(w, "of") && eveBefore(rest) >= 0:
		return amount{from: eveBefore(rest), n: -1, g: GrainDay, eve: true}, true // "the eve of Christmas": the day before
	case foldEq(w, "before"):
		sign = -1
	case foldEq(w, "after"):
	case foldEq(w, "to"):
		if w, rest = lastWord(rest); !foldEq(w, "prior") {
			return a, false
		}
		sign = -1 // "two days prior to Christmas"
	case foldEq(w, "of"):
		if w, rest = lastWord(rest); !foldEq(w, "ahead") {
			return a, false
		}
		sign = -1 // "two days ahead of Christmas"
	default:
		return a, false
	}
	adjacent := prev != nil && prev.End == len(strings.TrimRight(rest, " \t\n"))
	if adjacent && prev.Rule == "weekday" && prev.Type == Date {
		// "the Friday before Christmas": the first Friday before it, not
		// a Friday of its own
		the, r := lastWord(text[:prev.Start])
		wd := lex().weekdays[norm(prev.Text)]
		if !foldEq(the, "the") || wd == 0 {
			return a, false
		}
		return amount{from: len(r), n: sign, g: GrainDay, weekday: wd}, true
	}
	if adjacent && prev.Grain == GrainWeekend && strings.EqualFold(prev.Text, "the weekend") {
		// "the weekend before Christmas": read by relative_unit as the
		// nearest weekend, which the amount takes in
		return amount{from: prev.Start, n: sign, g: GrainDay, weekday: 6, weekend: true}, true
	}
	if adjacent && prev.Type == Duration {
		if w, r := lastWord(text[:prev.Start]); lengthBefore[strings.ToLower(w)] && !(foldEq(w, "for") && setFor(r)) {
			return a, false // "stayed for two weeks before Christmas": a length, up to that day
		}
		n, g, ok := wholeAmount(prev)
		return amount{from: prev.Start, n: sign * n, g: g, mod: amountMod(prev.Mod)}, ok
	}
	// "the day before Christmas", "the week after Thanksgiving": the
	// anaphoric rule leaves "the day" alone when a phrase follows it
	d, r := lastWord(rest)
	the, r := lastWord(r)
	week, weekend := foldEq(d, "week"), foldEq(d, "weekend")
	if !foldEq(d, "day") && !week && !weekend || !foldEq(the, "the") || prev != nil && prev.End > len(r) {
		return a, false
	}
	if week {
		return amount{from: len(r), n: 4 * sign, g: GrainDay, week: true}, true
	}
	if weekend {
		return amount{from: len(r), n: sign, g: GrainDay, weekday: 6, weekend: true}, true
	}
	return amount{from: len(r), n: sign, g: GrainDay}, true
}

// eveBefore returns where "the eve" ends rest, the text before "of", or
// -1: "on the eve of Thanksgiving" is the day before it.
func eveBefore(rest string) int {
	e, r := lastWord(rest)
	if !foldEq(e, "eve") {
		return -1
	}
	the, r := lastWord(r)
	if !foldEq(the, "the") {
		return -1
	}
	return len(r)
}

// shiftedBy moves v, the value of the date phrase that ends at end of
// text, by the amount a. The date must be a day, month or year named
// plainly (not "early July", not a day's event: "Monday's vote"), no finer
// than a ("two days after March 2015" says no day); the value keeps its
// grain.
func shiftedBy(text string, end int, v Value, a amount) (Value, bool) {
	if v.Type != Date || !v.HasInterval() || v.Mod != ModNone || possessive(text[end:]) {
		return v, false
	}
	if v.Grain != GrainDay && v.Grain != GrainMonth && v.Grain != GrainYear || a.g < v.Grain {
		return v, false
	}
	t, ok := shift(v.Start, a.g, a.n)
	if !ok {
		return v, false
	}
	if a.weekday != 0 || a.week {
		if v.Grain != GrainDay {
			return v, false
		}
	}
	if a.week {
		out := period(t, GrainWeek) // the week of the middle day of the seven
		out.Type = Date
		return out, true
	}
	if a.weekday != 0 {
		d := dateAt(t)
		if a.weekend && a.n < 0 && d.weekday() == 6 {
			d-- // "the weekend before" a Sunday: not the Saturday of its own weekend
		}
		for d.weekday() != a.weekday {
			d += date(a.n)
		}
		t = d.time()
	}
	if a.weekend {
		out := period(t, GrainWeekend)
		out.Type = Date
		return out, true
	}
	out := period(t, v.Grain)
	out.Type, out.Mod = Date, a.mod
	return out, true
}

// wholeAmount reads a duration mention as a whole number n of days,
// weeks, months or years (grain g): "two days", "about a week" (its mod is
// kept), "10 years"; not "the past two weeks" (a stretch up to now), "eight
// trading days" (not calendar days), "more than a week", "several days" or
// "36 hours". "Nearly a month" (LESS_THAN) is about that far from the date
// (amountMod).
func wholeAmount(d *Mention) (n int, g Grain, ok bool) {
	low := strings.ToLower(d.Text)
	if d.Mod != ModNone && d.Mod != ModApprox && !(d.Mod == ModLessThan && nearly(low)) {
		return 0, 0, false // "less than a week after": any day up to then
	}
	if strings.HasPrefix(low, "the ") || strings.Contains(low, "trading") || strings.Contains(low, "business") || strings.Contains(low, "working") {
		return 0, 0, false
	}
	p := d.Value.Value
	if len(p) < 3 || p[0] != 'P' {
		return 0, 0, false
	}
	i := 1
	for i < len(p) && isDigit(p[i]) {
		n = n*10 + int(p[i]-'0')
		i++
	}
	if i == 1 || i != len(p)-1 || n > 10000 {
		return 0, 0, false
	}
	switch p[i] {
	case 'D':
		g = GrainDay
	case 'W':
		g = GrainWeek
	case 'M':
		g = GrainMonth
	case 'Y':
		g = GrainYear
	default:
		return 0, 0, false
	}
	return n, g, true
}

// nearly reports whether the lower-case amount low is short of its
// number by a little ("nearly a month", "almost two weeks"), not by any
// amount ("less than a week", "under a month").
func nearly(low string) bool {
	return strings.HasPrefix(low, "nearly ") || strings.HasPrefix(low, "almost ")
}

// amountMod is the modifier of a date an amount away from another, from
// the amount's: "about a week after" and "nearly a month after July 4"
// are about that far (APPROX), as a date can say no more than that.
func amountMod(m Mod) Mod {
	if m == ModLessThan {
		return ModApprox
	}
	return m
}

// lengthBefore are words before an amount of time that make it a length
// rather than a distance: "for two weeks before Christmas" is the stretch
// up to it, "within three days after Aug. 1" any day of a stretch.
var lengthBefore = map[string]bool{"for": true, "within": true, "in": true, "over": true, "during": true, "of": true, "lasting": true, "spent": true}

// setFor reports whether before ends in a word that makes "for" name a
// term, by the future cues of data/future_cues.txt ("set for", "scheduled
// for", "slated for"): "the vote is set for two weeks after Labor Day" is
// a day, "stayed for two weeks after Labor Day" a length.
func setFor(before string) bool {
	w, _ := lastWord(before)
	w = strings.ToLower(w)
	return slices.Contains(lex().futureAt[w], w+" for")
}
