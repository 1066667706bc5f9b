// Package dates finds temporal expressions in news text and resolves them
// against an anchor date, usually the article's publication date.
//
// Work happens in two typed phases. Rules (each built on olebedev/when's
// rules.Rule matcher contract) find phrases and turn them into an Expr: an
// underspecified expression that is absolute ("Aug. 1, 2016"), an offset from
// the anchor ("two weeks ago", "last month") or partial ("Friday", "month 8,
// year unknown"). Resolve then turns an Expr into a Value using the anchor
// and the tense of the sentence: a Value is a TIMEX3 type and value with its
// grain, modifier and the calendar interval it covers.
//
// Tagger.Tag runs both phases over a whole text and returns every mention,
// not only the first.
package dates
