package dates

import (
	"math"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The rules' build functions read numbers, periods and range tails by hand
// where they once went through strconv, fmt and regexps. These tests hold
// the hand-written readers to the simple versions they replace.

// simpleNumber is number as it was written before its fast paths.
func simpleNumber(s string) (float64, bool) {
	s = norm(s)
	switch s {
	case "a", "an", "one", "single":
		return 1, true
	case "":
		return 0, false
	}
	if f, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64); err == nil {
		return f, true
	}
	if n, ok := lex().numbers[s]; ok {
		return float64(n), true
	}
	f := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' })
	if len(f) == 2 {
		a, ok1 := lex().numbers[f[0]]
		b, ok2 := lex().numbers[f[1]]
		if ok1 && ok2 && a >= 20 && a%10 == 0 && b < 10 {
			return float64(a + b), true
		}
	}
	return 0, false
}

// simpleAmount and simpleDurationValue are fmtAmount and durationValue as
// they were written before they appended into one buffer.
func simpleAmount(f float64) string {
	if f < 0 {
		return "X"
	}
	return strconv.FormatFloat(f, 'f', -1, 64)
}

func simpleDurationValue(amount float64, u unit) string {
	if u.times != 0 && amount >= 0 {
		amount *= float64(u.times)
	}
	switch u.code {
	case "DE":
		if amount < 0 {
			return "PXDE"
		}
		return "P" + simpleAmount(amount*10) + "Y"
	case "CE":
		if amount < 0 {
			return "PXCE"
		}
		return "P" + simpleAmount(amount*100) + "Y"
	}
	per := map[string]float64{"Y": 12, "D": 24}[u.code]
	sub := map[string]string{"Y": "M", "D": "H"}[u.code]
	switch u.grain {
	case GrainHour:
		per, sub = 60, "M"
	case GrainMinute:
		per, sub = 60, "S"
	}
	if whole := math.Trunc(amount); per > 0 && amount > 0 && amount < 1e15 {
		if part := (amount - whole) * per; part > 0 && part == math.Trunc(part) {
			p := simpleAmount(part) + sub
			switch {
			case u.code == "Y" && whole == 0:
				return "P" + p
			case u.code == "Y":
				return "P" + simpleAmount(whole) + "Y" + p
			case whole == 0:
				return "PT" + p
			case u.code == "D":
				return "P" + simpleAmount(whole) + "DT" + p
			}
			return "PT" + simpleAmount(whole) + u.code + p
		}
	}
	if u.grain == GrainHour || u.grain == GrainMinute || u.grain == GrainSecond {
		return "PT" + simpleAmount(amount) + u.code
	}
	return "P" + simpleAmount(amount) + u.code
}

func TestNumberAgrees(t *testing.T) {
	in := []string{
		"", "a", "an", "A", "one", "single", "two", "Two", "twenty-four", "twenty four", "twenty  five", "Twenty-Five",
		"ninety-nine", "ten-five", "five-twenty", "a couple of", "couple of", "hundred", "several", "few",
		"0", "00", "7", "007", "48", "1988", "123456789012345", "1234567890123456", "99999999999999999999",
		"1.5", "2.75", ".5", "5.", "1,000", "1,5", ",", ",,", "1e3", "1E3", "0x10", "0x1p-2", "1_000", "0x1_0",
		"+5", "-5", "-0", "+inf", "-Inf", "inf", "infinity", "Infinity", "nan", "NaN", "n", "i", "_", "-", "--",
		"nine", "nineteen", "nineteen ninety", "twenty-", "-twenty", "twenty--five", "three hundred",
		"4th", "12a", "a1", "½", "٣", "twenty\tfive", " 12 ", "12 ", "1 2",
	}
	for i := range 3000 {
		in = append(in, strconv.Itoa(i), strconv.Itoa(i)+".5", strconv.FormatFloat(float64(i)/7, 'f', -1, 64))
	}
	for w := range lex().numbers {
		in = append(in, w, strings.ToUpper(w), w+"-one", w+" nine", w+"-"+w)
	}
	for _, s := range in {
		f, ok := number(s)
		g, gok := simpleNumber(s)
		if ok != gok || math.Float64bits(f) != math.Float64bits(g) {
			t.Errorf("number(%q) = %v, %v; want %v, %v", s, f, ok, g, gok)
		}
	}
}

func TestDurationValueAgrees(t *testing.T) {
	units := []unit{}
	for _, u := range lex().units {
		units = append(units, u)
	}
	amounts := []float64{-1, -0.5, math.Copysign(0, -1), 0, 0.5, 1, 1.5, 2, 2.25, 2.5, 10, 10.5, 99.5, 1e14, 1e15 - 1, 1e15, 1e15 + 0.5,
		1e16, 1e21, 1e22, 0.1, 1.0 / 3, math.Inf(1), math.Inf(-1), math.NaN(), math.MaxInt64, math.MaxFloat64, 5e-324}
	for i := range 300 {
		amounts = append(amounts, float64(i), float64(i)+0.5, float64(i)/4)
	}
	for _, u := range units {
		for _, a := range amounts {
			if got, want := durationValue(a, u), simpleDurationValue(a, u); got != want {
				t.Errorf("durationValue(%v, %+v) = %q, want %q", a, u, got, want)
			}
		}
	}
}

func BenchmarkNumber(b *testing.B) {
	words := []string{"two", "48", "a", "twenty-four", "several", "1.5"}
	for b.Loop() {
		for _, w := range words {
			number(w)
		}
	}
}

func BenchmarkDurationValue(b *testing.B) {
	y, h := lex().units["years"], lex().units["hours"]
	for b.Loop() {
		durationValue(5, y)
		durationValue(48, h)
		durationValue(2.5, y)
		durationValue(-1, y)
	}
}

// phraseTails are texts after a phrase, for the readers of what follows it.
var phraseTails = []string{
	"", " ", "of", "of ", " of", " of the", "of the", "Of Dimes", " OF x", "often", " of\tthe", " of\u00a0the", " of\u00a0",
	"\u00a0of the", " ’of", "of’s", " o f", "o", " ended March 31", " Ended", "that ended", " that  ending June",
	" that", "that\u00a0ended", " ended\u00a0", " endedx", " ending", " that that ended", "ended’", " \u212aended",
	" endING\n", "\tthat\tended", " the year ended", "\u00a0ended", " thatended",
}

func TestTailReadersAgree(t *testing.T) {
	simpleYearEnded := func(after string) bool {
		f := strings.Fields(norm(after))
		if len(f) > 0 && f[0] == "that" {
			f = f[1:]
		}
		return len(f) > 0 && (f[0] == "ended" || f[0] == "ending")
	}
	for _, a := range phraseTails {
		if got, want := ofNext(a), strings.HasPrefix(norm(a), "of "); got != want {
			t.Errorf("ofNext(%q) = %v, want %v", a, got, want)
		}
		if got, want := yearEnded(a), simpleYearEnded(a); got != want {
			t.Errorf("yearEnded(%q) = %v, want %v", a, got, want)
		}
	}
}

// TestNoEmptyWords holds what the duration rule assumes when it skips the
// look-up of an empty amount or modifier.
func TestNoEmptyWords(t *testing.T) {
	if _, ok := lex().vague[""]; ok {
		t.Error(`"" is a vague amount`)
	}
	if _, ok := lex().approx[""]; ok {
		t.Error(`"" is an approximation`)
	}
}

// simpleRangeYear is rangeYear as it was before its cheap tests: the
// regexp alone decides, after joinedAfter as strings.EqualFold reads it.
func simpleRangeYear(after string, mon int, dayTail bool) int {
	if len(after) > 60 {
		after = after[:60]
	}
	joined := false
	s := strings.TrimLeft(after, " \t\n\f\r")
	for _, j := range rangeJoins {
		if len(s) >= len(j) && strings.EqualFold(s[:len(j)], j) {
			joined = true
		}
	}
	if !joined {
		return 0
	}
	re := rangeTails()[0]
	if dayTail {
		re = rangeTails()[1]
	}
	sm := re.FindStringSubmatch(after)
	if sm == nil {
		return 0
	}
	var y, mon2 int
	for i, name := range re.SubexpNames() {
		switch {
		case sm[i] == "":
		case name == "y" || name == "dy":
			y = yearNumber(sm[i])
		case name == "mon":
			if !capitalized(sm[i]) {
				return 0
			}
			mon2 = lex().months[norm(sm[i])]
		}
	}
	if w := wordAt(after, len(sm[0])); lex().yearNoun[norm(w)] || strings.HasPrefix(after[len(sm[0]):], "%") {
		return 0
	}
	if mon2 != 0 && mon2 < mon {
		y--
	}
	return y
}

// rangeTexts returns texts after a first date: joins and tails of many
// kinds, in several cases and spacings, ranges or not.
func rangeTexts() []string {
	joins := append([]string{"", "o", "an", "unti", "thru", ",", "&", "AND", "To", "tHrough", "TILL", "Or", "\u2013", "\u2014"}, rangeJoins...)
	spaces := []string{"", " ", "  ", "\t", "\v", "\n ", "\u00a0"}
	tails := []string{
		"15 September 1951", "September 1914", "Feb. 15, 1989", "feb. 15, 1989", "9, 1918", "9 1918", "25.", "4 August 1952",
		"nineteen ninety-six", "Two thousand and one", "May 2000 troops", "May 2000%", "Sept 30 1988", "sept. 1990",
		"stock of record Dec. 15.", "\u212aune 1990", "\u017Feptember 1990", "Augu\u017Ft 1990", "mar 1990", "1990", "2100 ",
		"3000", "June 12", "Oct. 20 for $23.31 to $24.25 a share.", "twenty ten", "eighteen hundred", "nineteen oh five",
		"Dec 31, twenty twelve", "the 15th of May 1990", "15th of May, 1990", "15 of may 1990", "Jan1990", "jan 21990",
		"a $15 million credit.", "submit the document.", "31st December, 1999", "30 Feb 2001", "32 March 1990",
		"1 July 21 1990", "July 1, 199", "July 1, 19900", "July 1, 1990s", "July 1, 2199", "march\u00a01990",
		"June 2000 \u2019s", "June 2000 years", "Mayo 1990", "MAY 1990", "ONE thousand", "nineteen_ninety",
	}
	var out []string
	for _, j := range joins {
		for _, sp := range spaces {
			for _, t := range tails {
				out = append(out, sp+j+sp+t, sp+j+t, j+sp+t)
			}
		}
	}
	return out
}

func TestRangeYearAgrees(t *testing.T) {
	for _, a := range rangeTexts() {
		for _, dayTail := range []bool{false, true} {
			for _, mon := range []int{1, 6, 12} {
				if got, want := rangeYear(a, mon, dayTail), simpleRangeYear(a, mon, dayTail); got != want {
					t.Errorf("rangeYear(%q, %d, %v) = %d, want %d", a, mon, dayTail, got, want)
				}
			}
		}
	}
}

// TestRangeJoinsFoldToThemselves holds what joinEnd assumes: in any case,
// the letters of the joins are ASCII letters and nothing else (no Kelvin
// sign for a k), and their other runes have no case.
func TestRangeJoinsFoldToThemselves(t *testing.T) {
	for _, j := range append([]string{",", "and", "or"}, rangeJoins...) {
		for _, r := range j {
			for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
				if r >= utf8.RuneSelf || f >= utf8.RuneSelf || !unicode.IsLetter(r) {
					t.Errorf("join %q: %q folds to %q", j, r, f)
				}
			}
		}
	}
}

// TestSpokenYearStart holds what spokenYearStart assumes of the number
// words: none is longer than its buffer, and a year read out begins with
// one of them or with "two".
func TestSpokenYearStart(t *testing.T) {
	for w := range lex().numbers {
		if len(w) > 16 && !strings.ContainsAny(w, " -") {
			t.Errorf("number word %q is longer than spokenYearStart reads", w)
		}
	}
	for _, y := range []string{"nineteen ninety-six", "two thousand", "Twenty ten", "EIGHTEEN hundred"} {
		if !spokenYearStart(strings.Fields(y)[0]) {
			t.Errorf("spokenYearStart(%q) = false", y)
		}
	}
}

// TestMonthWords holds what isMonthWord assumes of the month names: ASCII
// letters, perhaps a final dot, at most 16 bytes.
func TestMonthWords(t *testing.T) {
	for w := range lex().months {
		letters := strings.TrimSuffix(w, ".")
		if len(w) > 16 || letters == "" || strings.IndexFunc(letters, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
			t.Errorf("month name %q is not what isMonthWord reads", w)
		}
		if !isMonthWord(strings.ToUpper(letters), strings.HasSuffix(w, ".")) {
			t.Errorf("isMonthWord(%q) = false", w)
		}
	}
}

// wordTexts are texts around a phrase for the readers of the words before
// and after it: ASCII, and spaces and letters outside it.
var wordTexts = []string{
	"", " ", "in May", "the night the", "Friday prayer", "late-night  Friday", "\u00a0in May", "caf\u00e9 Friday",
	"x\u00a0Friday", "\u212aelvin Friday", "2016 Friday", "Joe\tFriday", "\u00c9t\u00e9 night lights", "   ", "a-b-c d",
	"the 13th", "The Mosque", "  MOSQUE", "\u00a0mosque", "\u2019s Friday", "night\u00a0lights", "Foundation", "prayers",
	"THE 13TH of", "n", "-", "\t\n", "\u0085x", "x\u0085", "\u00a0", "(Friday)", "\"Friday", "under_score Friday",
}

func TestWordBeforeAgrees(t *testing.T) {
	for _, s := range wordTexts {
		for k := 0; k <= len(s); k++ {
			m := &match{text: s, start: k}
			if got, want := wordBefore(m), m.prevWord(); got != want {
				t.Errorf("wordBefore(%q at %d) = %q, want %q", s, k, got, want)
			}
		}
	}
}

func TestMayBeNamedAfter(t *testing.T) {
	l := lex()
	for _, s := range wordTexts {
		for k := 0; k <= len(s); k++ {
			if a := s[k:]; l.namedAfter(a) && !mayBeNamedAfter(l, a) {
				t.Errorf("mayBeNamedAfter(%q) = false, but namedAfter is true", a)
			}
		}
	}
}

func TestStartsWithThe(t *testing.T) {
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		if l := unicode.ToLower(r); l == 't' || l == 'h' || l == 'e' {
			t.Fatalf("%q lower-cases to %q", r, l)
		}
	}
	for _, s := range append([]string{"the", "The past", "THE", "th", "theory", "\u0074he", "T\u0048E x", "\u212ahe", " the"}, wordTexts...) {
		if got, want := startsWithThe(s), strings.HasPrefix(strings.ToLower(s), "the"); got != want {
			t.Errorf("startsWithThe(%q) = %v, want %v", s, got, want)
		}
	}
}

// FuzzBuildReaders holds the hand-written readers of the builds to the
// simple versions they replace, on any text.
func FuzzBuildReaders(f *testing.F) {
	for _, s := range append(append([]string{}, phraseTails...), wordTexts...) {
		f.Add(s)
	}
	for _, s := range rangeTexts()[:200] {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, dayTail := range []bool{false, true} {
			if got, want := rangeYear(s, 6, dayTail), simpleRangeYear(s, 6, dayTail); got != want {
				t.Errorf("rangeYear(%q, 6, %v) = %d, want %d", s, dayTail, got, want)
			}
		}
		if got, want := ofNext(s), strings.HasPrefix(norm(s), "of "); got != want {
			t.Errorf("ofNext(%q) = %v, want %v", s, got, want)
		}
		f, ok := number(s)
		g, gok := simpleNumber(s)
		if ok != gok || math.Float64bits(f) != math.Float64bits(g) {
			t.Errorf("number(%q) = %v, %v; want %v, %v", s, f, ok, g, gok)
		}
		if got, want := startsWithThe(s), strings.HasPrefix(strings.ToLower(s), "the"); got != want {
			t.Errorf("startsWithThe(%q) = %v, want %v", s, got, want)
		}
		if got, want := namedBefore(lex(), s), lex().nameBefore[norm(s)]; got != want {
			t.Errorf("namedBefore(%q) = %v, want %v", s, got, want)
		}
		if lex().namedAfter(s) && !mayBeNamedAfter(lex(), s) {
			t.Errorf("mayBeNamedAfter(%q) = false, but namedAfter is true", s)
		}
		for k := 0; k <= len(s) && k < 64; k++ {
			m := &match{text: s, start: k}
			if got, want := wordBefore(m), m.prevWord(); got != want {
				t.Errorf("wordBefore(%q at %d) = %q, want %q", s, k, got, want)
			}
		}
	})
}

func TestNamedBeforeAgrees(t *testing.T) {
	l := lex()
	words := append([]string{"", "Joe", "JOE", "joe", "Man", "girls", "Robinson", "\u00a0joe", " joe", "j\u00f6e", "\u212aoe", "guy", "on", "last"}, wordTexts...)
	for w := range l.nameBefore {
		words = append(words, w, strings.ToUpper(w), w+"s", " "+w)
	}
	for _, w := range words {
		if got, want := namedBefore(l, w), l.nameBefore[norm(w)]; got != want {
			t.Errorf("namedBefore(%q) = %v, want %v", w, got, want)
		}
	}
}
