package dates

import (
	"strings"
	"sync"
)

// scheduleWords holds the word lists that scheduled and stateBefore read:
// data/plan_participles.txt, data/after_words.txt, data/has_until.txt and
// data/setting_verbs.txt, data/warning_nouns.txt and data/from_modals.txt.
type scheduleWords struct {
	plan    map[string]bool // "scheduled": a participle or adjective of a plan
	after   map[string]bool // "following": after a comma, what came before the main event
	has     map[string]bool // "has": right before "until", a term still running
	setting map[string]bool // "set": right before a date, or "a" and a date, the date set
	warning map[string]bool // "alert": before "for", "till" or "until" and a date, the day warned of
	modal   map[string]bool // "must": the first verb after "From Wednesday,", the weekday ahead
	// settingFirst holds the first bytes and lengths of setting's words:
	// most words before a date need no look-up. settingLast holds the last
	// bytes of those words and of "a" and "an", which setBefore reads first.
	settingFirst wordStarts
	settingLast  [256]bool
}

// schedule loads scheduleWords once.
var schedule = sync.OnceValue(func() *scheduleWords {
	w := &scheduleWords{plan: map[string]bool{}, after: map[string]bool{}, has: map[string]bool{}, setting: map[string]bool{}, warning: map[string]bool{}, modal: map[string]bool{}}
	for file, set := range map[string]map[string]bool{"plan_participles.txt": w.plan, "after_words.txt": w.after, "has_until.txt": w.has, "setting_verbs.txt": w.setting,
		"warning_nouns.txt": w.warning, "from_modals.txt": w.modal} {
		if err := eachLine(file, func(f []string) error { set[f[0]] = true; return nil }); err != nil {
			panic(err) // the embedded data is part of the binary; tests cover it
		}
	}
	w.settingFirst = startsOf(w.setting)
	for _, v := range append(keys(w.setting), "a", "an") {
		w.settingLast[v[len(v)-1]] = true
	}
	return w
})

// scheduled re-reads told, the tense that at gave a date without a year at
// [start, end) of the sentence, where the date's own phrase says more than
// the verb of its clause:
//   - a date or month right after a verb of setting one (data/
//     setting_verbs.txt), or after it and "a" or "an", is the date set, ahead
//     of the setting: "set an Oct. 6 trial date" in a January story is the
//     coming Oct. 6 (Future); not in the past perfect, told of a setting gone
//     by ("had ruled ... and set Friday as the deadline"), nor for a weekday,
//     which its tense reads well;
//   - a day's possessive before a plan's adjective names the day a thing was
//     planned for, either side, whatever past verb tells of it: "said the
//     talks were certain to go beyond Friday's scheduled close" (Term; a
//     future cue still looks ahead: "is due by Tuesday's scheduled close");
//   - a date after "for" and the noun of a scheduled event is the event's,
//     whichever verb set it: "set sentencing for May 14" in a February
//     story is the coming May 14, not the last (Term);
//   - a date after a noun of a warning or a forecast (data/
//     warning_nouns.txt) and "for", "till" or "until" is the day warned of,
//     ahead: "issued a red alert for Sunday" in a Saturday story is the next
//     day (Future);
//   - a future cue before a comma does not reach into a phrase opened by
//     "following" or "after" (data/after_words.txt), which tells what came
//     before the main event: "runs Nov. 10-21, following a leaders' summit
//     on Thursday and Friday" (the cues after the date, else Unmarked);
//   - a plan's participle set off by a comma opens an aside with no tense of
//     its own: "The talks, scheduled for Nov. 10 to 21, were marked by" in a
//     story of Nov. 24 is the Nov. 10 just gone (asideTense).
func (c *tenseCues) scheduled(told Tense, e *Expr, start, end int) Tense {
	low, sw := c.low, schedule()
	switch {
	case told != Future && e.Weekday == 0 && sw.setBefore(low, start):
		return Future
	case toldPast(told) && sw.planAfter(low, end):
		return Term
	case told != Future && strings.HasSuffix(low[:start], "for ") && listedBefore(low, start, lex().eventNoun, "for"):
		return Term
	case told != Future && sw.warningBefore(low, start):
		return Future
	case told != Future:
		return told
	}
	at, cs := c.cueBefore(start, cueIsModal|cueIsFuture|cueIsPast)
	if cs != cueIsFuture {
		return told
	}
	if sw.afterPhrase(low, at, start) {
		if _, cs := c.firstCue(afterReach(low, start, end)); cs&cueIsPast != 0 {
			return Past
		}
		return Unmarked
	}
	if sw.planAside(low, at) {
		return c.asideTense(end)
	}
	return told
}

// setBefore reports whether the date at start of low follows a verb of
// setting a date, with or without "a" or "an" between: "set an Oct. 6 trial
// date", "sets October trial date".
func (sw *scheduleWords) setBefore(low string, start int) bool {
	if start < 3 || low[start-1] != ' ' || !sw.settingLast[low[start-2]] {
		return false // most dates: "on", "in", "by" ... before them
	}
	i, j := wordEndingBefore(low, start)
	if w := low[i:j]; w == "a" || w == "an" {
		i, j = wordEndingBefore(low, i)
	}
	if w := low[i:j]; w == "" || !sw.settingFirst.may(w) || !sw.setting[w] {
		return false // most dates
	}
	v, w := wordEndingBefore(low, i)
	return low[v:w] != "had"
}

// warningBefore reports whether the date at start of low follows a noun of
// a warning or a forecast and "for", "till" or "until": "a red alert for
// Sunday", "an orange alert till Tuesday".
func (sw *scheduleWords) warningBefore(low string, start int) bool {
	if start < 4 || low[start-1] != ' ' || low[start-2] != 'r' && low[start-2] != 'l' {
		return false // most dates: no "for", "till" or "until" before them
	}
	return listedBefore(low, start, sw.warning, "for", "till", "until")
}

// fromOpening reports whether the phrase at [start, end) of the sentence
// is a weekday that opens it after "From", with a comma after it, and the
// first cue of the main clause is a modal of data/from_modals.txt: "From
// Wednesday, ten platforms must remove the content" tells of a duty from
// the coming Wednesday on.
func (c *tenseCues) fromOpening(start, end int) bool {
	low := c.low
	if start != len("from ") || !strings.HasPrefix(low, "from ") || !strings.HasPrefix(low[end:], ",") {
		return false // most phrases
	}
	if _, ok := lex().weekdays[low[start:end]]; !ok {
		return false // "From July 1, drivers must": a rule that may be in force already
	}
	for i := end + 1; i < len(low); {
		for i < len(low) && !isWordByte(low[i]) {
			i++
		}
		j := i
		for j < len(low) && isWordByte(low[j]) {
			j++
		}
		if i == j {
			break
		}
		if schedule().modal[low[i:j]] {
			return true // "can", which the cues do not hold, as well as "must"
		}
		if c.wordCues(i, j) != 0 {
			return false // "From Wednesday, shops opened late", "could open"
		}
		i = j
	}
	return false
}

// planAfter reports whether the date that ends at end of low is a
// possessive before a plan's adjective: "Friday's scheduled close".
func (sw *scheduleWords) planAfter(low string, end int) bool {
	if !possessive(low[end:]) {
		return false // most dates
	}
	k := end + len("'s")
	if strings.HasPrefix(low[end:], "’s") {
		k = end + len("’s")
	}
	if k >= len(low) || low[k] != ' ' {
		return false
	}
	return sw.plan[wordAt(low, k+1)]
}

// afterPhrase reports whether a comma and a word of data/after_words.txt
// stand between the cue at at and the date at start of low: the date is in
// a phrase of what came before the cue's event.
func (sw *scheduleWords) afterPhrase(low string, at, start int) bool {
	k := strings.LastIndexByte(low[at:start], ',')
	if k < 0 {
		return false
	}
	return sw.after[wordAt(low, at+k+1)]
}

// planAside reports whether the cue at at of low is a plan's participle
// just after a comma: "The talks, scheduled for".
func (sw *scheduleWords) planAside(low string, at int) bool {
	before := strings.TrimRight(low[:at], " ")
	return strings.HasSuffix(before, ",") && sw.plan[wordAt(low, at)]
}

// asideTense returns the tense of an aside that holds a date ending at end:
// Future when the first cue after the comma that closes the aside, within
// cueWindow, is a future one ("The talks, scheduled for March 10, will
// open"), else Term: a past main verb does not put the plan behind ("The
// summit, scheduled for Sept. 30, was called off" in August is the coming
// Sept. 30), and the nearest date, either side, reads both.
func (c *tenseCues) asideTense(end int) Tense {
	k := strings.IndexByte(c.low[end:], ',')
	if k < 0 {
		return Term
	}
	from := end + k + 1
	if _, cs := c.firstCue(from, from+cueWindow); cs == cueIsFuture {
		return Future
	}
	return Term
}
