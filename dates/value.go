package dates

import (
	"fmt"
	"time"
)

// Type is a TIMEX3 type.
type Type string

// The TIMEX3 types.
const (
	Date     Type = "DATE"
	Time     Type = "TIME"
	Duration Type = "DURATION"
	Set      Type = "SET"
)

// Mod is a TIMEX3 modifier.
type Mod string

// The TIMEX3 modifiers used by the rules.
const (
	ModNone      Mod = ""
	ModStart     Mod = "START"
	ModMid       Mod = "MID"
	ModEnd       Mod = "END"
	ModApprox    Mod = "APPROX"
	ModMoreThan  Mod = "MORE_THAN"
	ModLessThan  Mod = "LESS_THAN"
	ModEqOrLess  Mod = "EQUAL_OR_LESS"
	ModEqOrMore  Mod = "EQUAL_OR_MORE"
	ModBefore    Mod = "BEFORE"
	ModAfter     Mod = "AFTER"
	ModOnOrAfter Mod = "ON_OR_AFTER"
)

// Grain is the unit a value is precise to: the width of the interval a
// phrase names ("Aug. 1" a day, "last month" a month, "the 1990s" a decade).
type Grain int

// Grains from finest to coarsest. GrainNone is for values with no calendar
// extent (PRESENT_REF, FUTURE_REF, PAST_REF).
const (
	GrainNone Grain = iota
	GrainSecond
	GrainMinute
	GrainHour
	GrainPartOfDay // morning, afternoon, evening, night
	GrainDay
	GrainWeekend
	GrainWeek
	GrainMonth
	GrainSeason
	GrainQuarter
	GrainHalf
	GrainYear
	GrainDecade
	GrainCentury
)

var grainNames = [...]string{
	GrainNone:      "",
	GrainSecond:    "second",
	GrainMinute:    "minute",
	GrainHour:      "hour",
	GrainPartOfDay: "part-of-day",
	GrainDay:       "day",
	GrainWeekend:   "weekend",
	GrainWeek:      "week",
	GrainMonth:     "month",
	GrainSeason:    "season",
	GrainQuarter:   "quarter",
	GrainHalf:      "half",
	GrainYear:      "year",
	GrainDecade:    "decade",
	GrainCentury:   "century",
}

// String returns the grain's lower-case name ("day", "month" ...), or "" for
// GrainNone.
func (g Grain) String() string {
	if g < 0 || int(g) >= len(grainNames) {
		return fmt.Sprintf("grain(%d)", int(g))
	}
	return grainNames[g]
}

// ParseGrain is the inverse of Grain.String.
func ParseGrain(s string) (Grain, bool) {
	for g, n := range grainNames {
		if n == s {
			return Grain(g), true
		}
	}
	return GrainNone, false
}

// MarshalText makes a Grain read as its name in JSON.
func (g Grain) MarshalText() ([]byte, error) { return []byte(g.String()), nil }

// UnmarshalText reads a grain name.
func (g *Grain) UnmarshalText(b []byte) error {
	v, ok := ParseGrain(string(b))
	if !ok {
		return fmt.Errorf("dates: unknown grain %q", b)
	}
	*g = v
	return nil
}

// Value is a resolved temporal expression.
type Value struct {
	Type  Type
	Value string // TIMEX3 value: 2016-08-26, 2016-W34, P5Y, FUTURE_REF ...
	Mod   Mod
	Grain Grain
	// Start and End are the first and last instants of the interval the value
	// covers, at day precision or finer (End is inclusive: the first day of a
	// month and its last day). Both are zero for durations, sets and
	// references with no extent such as FUTURE_REF.
	Start, End time.Time
	// Future is true when the value lies after the anchor date, or is
	// FUTURE_REF.
	Future bool
}

// HasInterval reports whether the value covers a calendar interval. An
// interval of AD 1 starts at the zero time, so its end tells (the tagger
// gives no value to the first day of AD 1, which would end there too).
func (v Value) HasInterval() bool { return !v.Start.IsZero() || !v.End.IsZero() }

// Mention is one temporal expression found in a text and resolved.
type Mention struct {
	Start, End int    // byte offsets into the text, End exclusive
	Text       string // the phrase as written
	Rule       string // name of the rule that found it
	// Lead is, for a later day of a range or list, the text from the first
	// date of the range up to it: "Sept. 8 and " before "9", so that
	// Lead+Text names the day in full. It is empty for other mentions.
	Lead string
	Value
}
