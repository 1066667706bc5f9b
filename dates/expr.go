package dates

import "fmt"

// Kind says how an Expr is anchored.
type Kind uint8

// Expression kinds.
const (
	// Calendar names a calendar period by its fields, possibly partially:
	// "Aug. 1, 2016" (all known), "Friday" (weekday only), "July" (month,
	// year unknown), "the third quarter" (quarter, year unknown).
	Calendar Kind = iota + 1
	// Relative is an offset of whole grains from the anchor: "last month" is
	// -1 month, "two weeks ago" -2 weeks, "tomorrow" +1 day.
	Relative
	// Reference is PRESENT_REF, PAST_REF or FUTURE_REF, or a month or a
	// season of no year in particular, a habit's: XXXX-06 ("usually runs
	// from June").
	Reference
	// Span is a length of time: a TIMEX3 DURATION ("48 hours").
	Span
	// Recurrence is a TIMEX3 SET ("every Friday", "weekly").
	Recurrence
)

// Dir is how a partial calendar expression picks its occurrence.
type Dir uint8

// Directions.
const (
	DirAuto  Dir = iota // by tense: on or before the anchor, or on or after it in the future
	DirLast             // strictly before the anchor ("last Friday")
	DirThis             // in the anchor's current period ("this Friday")
	DirNext             // strictly after the anchor ("next Friday")
	DirAhead            // on or after the anchor, whatever the tense ("a week from Friday")
)

// Expr is an underspecified temporal expression, as a rule reads it, before
// it is resolved against an anchor date. Zero fields are unknown.
type Expr struct {
	Kind  Kind
	Grain Grain // the grain of the value (for Span and Recurrence: the unit)
	Mod   Mod

	// Calendar fields.
	Year    int    // full year (see BC)
	Month   int    // 1-12
	Day     int    // 1-31
	Weekday int    // ISO: Monday 1 .. Sunday 7
	Part    int    // quarter 1-4 or half 1-2, with Grain saying which
	Season  string // SP, SU, FA, WI
	Decade  int    // 199 for the 1990s
	Century int    // 19 for the 20th century (the 1900s)
	// BC makes Year, Decade and Century count back from the common era, as
	// history writes them: Year 499 is 499 BC, Decade 47 the 470s BC
	// (479-470 BC), Century 3 the 300s BC (399-300 BC, "the 4th century
	// BC"). The values are TIMEX2's: BC0499, BC047, BC03.
	BC  bool
	Dir Dir
	// WeekOf makes a day the ISO week that holds it ("the week of March 6").
	WeekOf bool
	// WeekendOf makes a day the weekend nearest it: the one of its ISO week,
	// or for a Monday the one it closes ("the weekend of Aug. 20", "Labor
	// Day weekend").
	WeekendOf bool
	// RelYear means the year is the anchor's year plus YearOffset ("the
	// second half of last year", "last year's third quarter").
	RelYear    bool
	YearOffset int

	// Time of day: Clock is true when Hour and Minute are set; PartOfDay is
	// MO, AF, EV or NI.
	Clock bool
	// Floating marks a time of day without a day ("at 3 p.m."): it takes the
	// day mentioned in the same sentence, else the last day mentioned.
	Floating     bool
	Hour, Minute int
	PartOfDay    string

	// Relative: Offset grains from the anchor. Anaphoric expressions
	// ("three days later", "the next day") count from the most recent date
	// mentioned before them instead of the publication date.
	Offset    int
	Anaphoric bool
	// OfEvent marks a day of an event ("its first day", "the final day of
	// the trial"): the day named nearest it in its sentence, else the last
	// day the text named; none when the text named no day.
	OfEvent bool
	// In, when set, makes a Relative expression the period of grain In
	// that holds the anchor moved by Days days and then by Offset grains:
	// an anniversary, "71 years ago this month" (1945-08), "a year ago
	// today", "25 years ago tomorrow" (Days 1).
	In Grain
	// YearAgo marks "a year ago/earlier": after a quarter has been
	// mentioned, it is that quarter a year before (earnings reports).
	YearAgo bool
	// QuarterRef marks "the quarter", "the latest quarter", "the year-ago
	// quarter": the quarter last mentioned in the text (or the last completed
	// one), Offset quarters away.
	QuarterRef bool
	// LastDone, with QuarterRef, marks "the latest quarter", "the most
	// recent quarter": the last one gone by that the text named, never one
	// spoken of ahead ("will mean a third-quarter charge"), which a bare
	// "the quarter" still refers back to.
	LastDone bool

	// DayOfMonth marks a day named by its number alone ("on the 8th"): in
	// news it lies in the publication month or, by tense, the one before or
	// after (a past 28th named on the 5th is last month's); in narrative
	// text, and with Anaphoric ("the 28th of that month"), in the month of
	// the last date mentioned; with RelMonth, MonthOffset months from the
	// publication month ("the 30th of next month").
	DayOfMonth  bool
	RelMonth    bool
	MonthOffset int

	// SameMonth marks a later day of a range or list ("April 24 and 25",
	// "Aug. 24-26"): it lies in the month and year of the day just before
	// it, whatever the tense.
	SameMonth bool

	// ShortYear is a year's last two digits as written ("08" of "in '08"):
	// the year is the nearest such one to the anchor, or in a narrative to
	// the story's date (shortYear).
	ShortYear string

	// Nth, with Weekday and Month, names the nth weekday of the month
	// (Thanksgiving: the 4th Thursday of November); -1 is the last one.
	Nth int
	// Easter names Easter Sunday (Western, Gregorian) of the year.
	Easter bool
	// Days moves a day that the other fields name by whole days: Black
	// Friday is Thanksgiving and one day, Good Friday Easter less two,
	// "a week from Friday" Friday and seven, "Tuesday next week" this
	// week's Tuesday and seven. A holiday's year is chosen by the moved
	// day; a weekday is picked first, by tense, then moved.
	Days int

	// PastFallback is used instead when the sentence is not in the future
	// tense: "in two days" is a date in "talks resume in two days" but a
	// length of time in "he was freed in two days".
	PastFallback *Expr
	// Ahead is used instead when the sentence is in the future tense:
	// "overnight" is the night before the story's day, but in "rain will
	// fall overnight" the coming one.
	Ahead *Expr

	// Reference value: PRESENT_REF, PAST_REF, FUTURE_REF.
	Ref string

	// Span and Recurrence: the TIMEX3 value, e.g. P5Y, PT48H, XXXX-WXX-5.
	Period string
}

// String gives a compact debugging form of the expression.
func (e Expr) String() string {
	return fmt.Sprintf("%+v", struct {
		K                     Kind
		G                     string
		Y, M, D, W, P         int
		S                     string
		Off                   int
		Ref, Period, Mod, PoD string
	}{e.Kind, e.Grain.String(), e.Year, e.Month, e.Day, e.Weekday, e.Part, e.Season, e.Offset, e.Ref, e.Period, string(e.Mod), e.PartOfDay})
}

// fullYear returns the year of a calendar expression in astronomical
// numbering, as time.Date reads it: 499 BC is -498 and 1 BC is 0.
func (e *Expr) fullYear() int {
	if e.BC {
		return 1 - e.Year
	}
	return e.Year
}

// setYear sets the year of a calendar expression to the astronomical year
// y (a time.Time's), BC for years before 1.
func (e *Expr) setYear(y int) {
	e.Year, e.BC = y, false
	if y < 1 {
		e.Year, e.BC = 1-y, true
	}
}
