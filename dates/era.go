package dates

import (
	"regexp"
	"sync"
)

// Years of an era: history counts years before the common era back from
// it ("499 BC", TIMEX2 value BC0499) and sometimes marks those after it
// ("AD 9"). The eras' spellings are data/eras.txt; a year marked so may
// have any number of digits, where a bare year needs four.

// eraTriggers are the words that try the era rules: a word of each
// spelling of data/eras.txt ("b" of "B.C.", "d" of "A.D."; TestEraTriggers
// checks them), rarer than the others ("a", "c").
var eraTriggers = []string{"bc", "bce", "b", "ad", "d", "ce"}

// eraJoin joins the first year, decade or century of a range to the rest,
// whose era it takes ("499-493 BC", "from 264 to 241 BC", "the 5th and
// 4th centuries BC").
const eraJoin = `\s*(?:-|–|—|(?:to|and|or|until|till|through)\s)\s*`

func ruleEraYear() *Rule {
	var g struct{ y, era, pre, y2, ry, part, ca, mon, d, d2, mon2, s int } // the groups the build reads, by index (Rule.groupIndex)
	// Each alternative ends its phrase with an empty group of its own: the
	// first year of a range ends before the rest of the range, which the
	// pattern reads so that the driver knows its words ("to", "and").
	r := newRule("era_year", "a year marked BC or AD, possibly with a month, a season or a part; the first year of a range that ends in one",
		[]string{"499 BC", "480 B.C.", "146 B.C", "500 BCE", "AD 9", "A.D. 1066", "1066 AD", "400 CE", "Early 480 BC", "ca. 466 BC",
			"April 480 BC", "August 24, 410 AD", "2 August 216 BC", "autumn of 481 BC", "the spring of 480 BC", "late autumn of 481 BC"},
		`(?:^|[^\w$€£.,/])((?:(?:the\s+)?(?P<part>{part})[\s-]*)?`+
			`(?:(?P<mon>{month})\s+(?:(?P<d>{dnum}),?\s+)?(?:of\s+)?|(?:the\s+)?(?P<d2>{dnum})\s+(?:of\s+)?(?P<mon2>{month}),?\s+|`+
			`(?:the\s+)?(?P<s>{season})\s+(?:of\s+)?)?`+
			`(?:(?P<ca>{circa})\s*)?`+
			`(?:(?P<y>\d{1,4})\s*(?P<era>{era})()|(?P<pre>{preera})\s*(?P<y2>\d{1,4})\b()|`+
			`(?P<ry>\d{1,4})()`+eraJoin+`\d{1,4}\s*{era}))`,
		func(m *match, out *Expr) bool {
			var y, era string
			var bc bool
			switch {
			case m.at(g.ry) != "":
				// "499" in "499-493 BC", "from 499 to 493 BC": the era of the range's end
				y = m.at(g.ry)
				var ok bool
				if bc, ok = eraRangeEnd(m.after(), atoi(y), rangeOfYears); !ok {
					return false
				}
			case m.at(g.pre) != "":
				y, era = m.at(g.y2), m.at(g.pre)
			default:
				y, era = m.at(g.y), m.at(g.era)
			}
			n := atoi(y)
			if era != "" {
				if !eraWritten(era) {
					return false // "a 2016 ad campaign"
				}
				bc = lex().eras[norm(era)]
				if bc && britishColumbia(m, n) {
					return false
				}
			}
			if n == 0 {
				return false // there is no year 0
			}
			e := Expr{Kind: Calendar, Grain: GrainYear, Year: n, BC: bc, Mod: partMod(m.lowAt(g.part))}
			if e.Mod == ModNone && m.at(g.ca) != "" {
				e.Mod = ModApprox
			}
			mon, d := m.at(g.mon), m.at(g.d)
			if m.at(g.mon2) != "" {
				mon, d = m.at(g.mon2), m.at(g.d2) // "2 August 216 BC"
			}
			switch {
			case mon != "":
				if !capitalized(mon) {
					return false // "may 480 BC"
				}
				e.Grain, e.Month = GrainMonth, lex().months[norm(mon)]
				if d != "" {
					e.Grain, e.Day = GrainDay, dayNumber(d)
				}
			case m.at(g.s) != "":
				e.Grain, e.Season = GrainSeason, lex().seasons[m.lowAt(g.s)]
			}
			*out = e
			return true
		})
	g.y, g.era, g.pre, g.y2, g.ry = r.groupIndex("y"), r.groupIndex("era"), r.groupIndex("pre"), r.groupIndex("y2"), r.groupIndex("ry")
	g.part, g.ca, g.mon, g.d, g.s = r.groupIndex("part"), r.groupIndex("ca"), r.groupIndex("mon"), r.groupIndex("d"), r.groupIndex("s")
	g.d2, g.mon2 = r.groupIndex("d2"), r.groupIndex("mon2")
	return r
}

func ruleEraPeriod() *Rule {
	var g struct{ dec, o, era, era2, rdec, ro, part int } // the groups the build reads, by index (Rule.groupIndex)
	// As in era_year, each alternative ends its phrase with an empty group.
	r := newRule("era_period", "a decade or century marked BC or AD: the 470s BC, the 4th century BC; the first of a range that ends in one",
		[]string{"the 470s BC", "the end of the 460s BC", "the 400s BC", "the 4th century BC", "the middle of the 9th century BC",
			"the first century BCE", "the 2nd century AD", "the early 5th century B.C."},
		`\b((?:the\s+)?(?:(?P<part>{part})[\s-]*(?:the\s+)?)?(?:`+
			`(?P<dec>\d{1,3})0['’]?s\s*(?P<era>{era})()|(?P<o>{ord})[\s-]+centur(?:y|ies)\s*(?P<era2>{era})()|`+
			`(?P<rdec>\d{1,3})0['’]?s()`+eraJoin+`(?:the\s+)?\d{1,3}0['’]?s\s*{era}|`+
			`(?P<ro>{ord})(?:[\s-]+century)?()`+eraJoin+`(?:the\s+)?{ord}[\s-]+centur(?:y|ies)\s*{era}))`,
		func(m *match, out *Expr) bool {
			era := m.at(g.era) + m.at(g.era2)
			dec, o := m.at(g.dec)+m.at(g.rdec), m.at(g.o)+m.at(g.ro)
			var bc bool
			switch {
			case era != "":
				if !eraWritten(era) {
					return false
				}
				bc = lex().eras[norm(era)]
			case dec != "":
				// "the 470s" in "the 470s and 460s BC": the era of the range's end
				var ok bool
				if bc, ok = eraRangeEnd(m.after(), atoi(dec), rangeOfDecades); !ok {
					return false
				}
			default:
				// "the 5th" in "the 5th and 4th centuries BC"
				n, _ := ordinal(o)
				var ok bool
				if bc, ok = eraRangeEnd(m.after(), n, rangeOfCenturies); !ok {
					return false
				}
			}
			e := Expr{Kind: Calendar, BC: bc, Mod: partMod(m.lowAt(g.part))}
			if dec != "" {
				d := atoi(dec)
				if len(dec) > 1 && d%10 == 0 {
					e.Grain, e.Century = GrainCentury, d/10 // the 400s BC
				} else {
					e.Grain, e.Decade = GrainDecade, d
				}
			} else {
				n, ok := ordinal(o)
				if !ok || n < 1 {
					return false
				}
				e.Grain, e.Century = GrainCentury, n-1
			}
			*out = e
			return true
		})
	g.dec, g.o, g.era, g.era2 = r.groupIndex("dec"), r.groupIndex("o"), r.groupIndex("era"), r.groupIndex("era2")
	g.rdec, g.ro, g.part = r.groupIndex("rdec"), r.groupIndex("ro"), r.groupIndex("part")
	return r
}

// eraWritten reports whether an era is written as eras are, in capitals
// ("BC", "A.D."): the rules match in lower case, and "ad" is a word.
func eraWritten(era string) bool {
	for i := 0; i < len(era); i++ {
		if era[i] >= 'a' && era[i] <= 'z' {
			return false
		}
	}
	return true
}

// britishColumbia reports whether "BC" after the number n is the
// province's abbreviation rather than an era: after a year of our times,
// before a name ("In 2009 BC Hydro", "the 2010 BC Winter Games") or after
// "the" ("the 2017 BC election").
func britishColumbia(m *match, n int) bool {
	if n < 1900 || n > 2099 {
		return false
	}
	return capitalized(m.nextWord()) || norm(wordBefore(m)) == "the"
}

// What the periods of a range are, for eraRangeEnd.
const (
	rangeOfYears = iota
	rangeOfDecades
	rangeOfCenturies
)

// eraRangeEnd reads, after the first year, decade or century n of a range
// (by what: rangeOfYears ...), the rest of it when the range ends in one
// with an era ("-493 BC" after 499, " to 241 BC" after 264, " and 4th
// centuries BC" after the 5th): the first is of the same era. ok is false
// when no such end follows, or when it does not follow n in time.
func eraRangeEnd(after string, n, what int) (bc, ok bool) {
	sm := eraRanges()[what].FindStringSubmatch(after)
	if sm == nil || !eraWritten(sm[2]) {
		return false, false
	}
	end := atoi(sm[1])
	if what == rangeOfCenturies {
		end, _ = ordinal(sm[1])
	}
	bc = lex().eras[norm(sm[2])]
	if bc {
		return true, end < n // years BC count back: 499-493 BC
	}
	return false, end > n
}

// eraRanges match the rest of a range of years, decades or centuries that
// ends in an era, as eraRangeEnd reads it: the end's number and its era.
var eraRanges = sync.OnceValue(func() [3]*regexp.Regexp {
	l := lex()
	join, era := `^(?i:`+eraJoin+`)`, `\s*((?i)`+l.alt["era"]+`)`
	return [3]*regexp.Regexp{
		rangeOfYears:     regexp.MustCompile(join + `(\d{1,4})` + era),
		rangeOfDecades:   regexp.MustCompile(join + `(?i:the\s+)?(\d{1,3})0['’]?s` + era),
		rangeOfCenturies: regexp.MustCompile(join + `(?i:the\s+)?((?i)` + expand("{ord}", l) + `)[\s-]+(?i:century|centuries)` + era),
	}
})
