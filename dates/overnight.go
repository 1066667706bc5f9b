package dates

import "strings"

// "Overnight" on its own is a time of night: in a story, the night before
// the story's day ("Hurricane Milton tore across Florida overnight", "London
// shares were depressed by overnight losses in New York", as TimeBank marks
// it: the TNI of the day before), and in the future the coming one ("rain
// will continue overnight"). Next to a day the weekday and date rules read
// it ("overnight Friday", hoursBefore). It is no time in an idiom of
// suddenness ("change will not happen overnight", "an overnight success")
// nor before a noun that makes it a kind of thing ("the overnight rate",
// data/overnight_nouns.txt).

func ruleOvernight() *Rule {
	return newRule("overnight", "overnight, alone: the night before the story's day, the coming one in the future",
		[]string{"overnight"},
		`\b(overnight)()\b`,
		func(m *match, out *Expr) bool {
			if !nightOvernight(m) {
				return false
			}
			tonight := &Expr{Kind: Relative, Grain: GrainDay, PartOfDay: "NI", Floating: true}
			*out = Expr{Kind: Relative, Grain: GrainDay, PartOfDay: "NI", Offset: -1, Floating: true, Ahead: tonight}
			return true
		})
}

// nightOvernight reports whether the "overnight" that m matched names a
// night: not after a determiner or a possessive ("an overnight stay", "its
// overnight rate"), nor before a noun of data/overnight_nouns.txt, nor
// after a negation in its clause ("won't happen overnight").
func nightOvernight(m *match) bool {
	switch norm(wordBefore(m)) {
	case "a", "an", "the", "its", "their", "his", "her", "our", "your", "my", "this", "that":
		return false
	}
	if lex().overnightNoun[norm(m.nextWord())] {
		return false
	}
	return !negatedBefore(m.text[:m.start])
}

// negatedBefore reports whether a negation ("not", "never", "cannot", a
// verb in "n't") stands among the last few words of before, within its
// clause (no comma, colon or semicolon between).
func negatedBefore(before string) bool {
	if i := strings.LastIndexAny(before, ",;:"); i >= 0 {
		before = before[i+1:]
	}
	for range 6 {
		w, rest := lastWord(before)
		if w == "" {
			return false
		}
		switch lw := strings.ToLower(w); {
		case lw == "not" || lw == "never" || lw == "cannot" || lw == "t" || strings.HasSuffix(lw, "n't"):
			return true // "didn't": lastWord reads "didn't" or, after a curly quote, "t"
		}
		before = rest
	}
	return false
}
