package dates

// planReach is how far back, in bytes, planBefore looks from a date for
// the adjective of a plan that opens its noun phrase: the phrase may hold a
// name ("the slated visit of U.S. Commerce Secretary William Daley in
// September").
const planReach = 80

// planBefore reports whether the date at offset start of the sentence whose
// cues c holds stands in a noun phrase that names a plan: a determiner or a
// possessive and an adjective of data/plan_words.txt before it, in its
// clause and within planReach bytes, with no tense cue between ("the
// slated visit ... in September", "the planned summit in November"). Such a
// date is the plan's, the nearest either side (Plan).
func (c *tenseCues) planBefore(start int) bool {
	low, plan := c.low, lex().plan
	from := max(start-planReach, 0)
	for j := start; j > from; {
		i, k := wordEndingBefore(low, j)
		if k <= from || i == k {
			return false
		}
		if hasClauseMark(low[k:j]) {
			return false // a comma, a bracket or a quote ends the phrase
		}
		if plan[low[i:k]] && afterDeterminer(low, i) {
			at, _ := c.lastCue(k, start, cueIsPast|cueIsFuture|cueIsModal)
			return at < 0
		}
		j = i
	}
	return false
}

// hasClauseMark reports whether s holds a byte that ends a clause
// (clauseMark).
func hasClauseMark(s string) bool {
	for i := 0; i < len(s); i++ {
		if clauseMark(s[i]) {
			return true
		}
	}
	return false
}
