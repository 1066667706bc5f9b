package dates

import "strings"

// "May" is a month and a family name (Theresa May, the law firm Slaughter
// and May). The month rule reads it only after a word that may stand before
// a month (monthPrepositions); some of those stand before a name as well,
// the links of data/month_names.txt ("critics of May", "Tusk and May").
// After a link, the month is a name when its sentence says so (monthPerson)
// or when the article names the person elsewhere (personMay).

// monthPerson reports whether the bare month "May" at m is a person's name
// by the evidence of its sentence: after a link, a verb of saying right
// after it ("critics of May said"), or a join between it and a capitalised
// word that is no date ("Slaughter and May", "talks between May and
// Juncker"), where "in March and May" and "between May and July" are months.
func monthPerson(m *match) bool {
	pw, before := lastWord(m.text[:m.start])
	link := norm(pw)
	return lex().monthName["link"][link] && nameBeside(link, before, m.after())
}

// nameBeside reports whether a "May" after the link word link, with before
// the text before the link and after the text after "May", stands beside
// a name: a verb of saying follows it, or a join ties it to a capitalised
// word that is no date.
func nameBeside(link, before, after string) bool {
	l := lex()
	nw, rest := asciiField(after)
	nw = norm(nw)
	if l.reporting[nw] || l.monthName["verb"][nw] {
		return true // "critics of May said", "Tusk and May told reporters"
	}
	if l.monthName["join"][link] {
		if w, _ := lastWord(before); capitalized(w) && !dateWord(w) {
			return true // "Slaughter and May", "Tusk and May"
		}
	}
	if l.monthName["join"][nw] {
		if w, _ := asciiField(rest); capitalized(w) && !dateWord(w) {
			return true // "talks between May and Juncker"
		}
	}
	return false
}

// dateWord reports whether the word w (punctuation after it allowed) names a
// date or a part of one: a month, a weekday, a holiday, a season or a number
// ("in April and May", "between May and Labor Day", "May and 2019").
func dateWord(w string) bool {
	w = strings.TrimRight(w, ".,;:")
	if w == "" {
		return false
	}
	if isDigit(w[0]) {
		return true
	}
	l, n := lex(), norm(w)
	_, hol := l.holidays[n]
	_, season := l.seasons[n]
	return l.months[n] != 0 || l.weekdays[n] != 0 || hol || season
}

// personMay answers, for the candidates of a text in turn, whether one is
// a bare month "May" after a link that names a person the text names
// elsewhere with a capitalised word before it ("Theresa May ... critics of
// May", "Prime Minister May ... talks between May and Juncker"), unless a
// date stands on the link's other side ("in April and May", "between May
// and July") or the link is "of" after a unit of time ("the month of May").
// "To" is read only before a verb of saying (monthPerson): "delayed to May"
// is the month even then.
type personMay struct {
	text         string
	known, asked bool // whether the text names the person, once asked
}

// names reports whether c is such a "May", which the tagger drops.
func (p *personMay) names(c *candidate) bool {
	if c.end-c.start != 3 || p.text[c.start:c.end] != "May" || c.expr.Grain != GrainMonth || !personLinkBefore(p.text, c.start, c.end) {
		return false
	}
	if !p.asked {
		p.known, p.asked = personMayIn(p.text), true
	}
	return p.known
}

// personLinkBefore reports whether the "May" at text[start:end] follows a
// link that may tie it to a person and no date stands on the link's other
// side: "of", save after a unit of time, and the joins and "between"; nor
// is a date joined to it after it ("the results of May and June").
func personLinkBefore(text string, start, end int) bool {
	pw, before := lastWord(text[:start])
	l, link := lex(), norm(pw)
	if nw, rest := asciiField(text[end:]); l.monthName["join"][norm(nw)] {
		if w, _ := asciiField(rest); dateWord(w) {
			return false // "the results of May and June", "between May and July"
		}
	}
	switch {
	case link == "of":
		w, _ := lastWord(before)
		_, unit := l.units[norm(w)]
		return !unit && !dateWord(w) // "the month of May", "the 1st of May"
	case link == "between":
		return true // "talks between May and Juncker"; "between May and July" is read above
	case l.monthName["join"][link]:
		w, _ := lastWord(before)
		return w != "" && !dateWord(w) // "in April and May"
	}
	return false
}

// personMayIn reports whether text names a person May: "May" after a
// capitalised word that is no date, no word of time and no link ("Theresa
// May", "Prime Minister May", "Mrs May"), and before no number ("Theresa
// May 2019" is a year's).
func personMayIn(text string) bool {
	for i := 0; ; {
		k := strings.Index(text[i:], "May")
		if k < 0 {
			return false
		}
		at, end := i+k, i+k+3
		i = end
		if at > 0 && isWordByte(text[at-1]) || end < len(text) && isASCIILetter(text[end]) {
			continue // "Mayor", "Mayfair"
		}
		if n, _ := asciiField(text[end:]); n != "" && isDigit(n[0]) {
			continue // "May 5"
		}
		w, _ := lastWord(text[:at])
		if w == "" || !capitalized(w) || dateWord(w) || lex().monthName["time"][norm(w)] || sentenceEnd(w) || strings.ContainsAny(text[at-1:at], ",(") {
			continue // "In May", "in Paris. May said"
		}
		return true
	}
}

// sentenceEnd reports whether the word w ends a sentence: a stop, "!" or "?"
// after it, save after a title of two or three letters ("Mrs.", "Dr.").
func sentenceEnd(w string) bool {
	switch w[len(w)-1] {
	case '!', '?':
		return true
	case '.':
		return len(w) > 4 || strings.Count(w, ".") > 1
	}
	return false
}
