package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// An unlisted acronym ("RSF", "SLM") is the organisation whose initials it
// spells when the article names it: it stands for that organisation, under
// its name, rather than being an actor of its own. The organisation is, in
// this order:
//
//  1. the one it follows in brackets: "the Sudan Liberation Movement (SLM)";
//  2. a listed organisation (orgs.txt) whose name the article has: "RSF"
//     where the article names the Rapid Support Forces;
//  3. a run of capitalised words the article has that spells it and ends
//     with an organisation word ([org-suffix]: "Front", "Forces",
//     "Movement"): "the Tigray People's Liberation Front" for "TPLF".
//
// Initials skip the small words of a name ([acronym-skip] of words.txt:
// "of", "for", "and", "the"), and each capitalised word gives its first
// letter: "United Nations Relief and Works Agency" spells "UNRWA".

// acronymRef is an acronym an article's analysis has expanded: the
// organisation's name and its index in lexicon.orgs (-1 if unlisted); name
// is "" when the article names no organisation it spells.
type acronymRef struct {
	acr, name string
	org       int
}

// expandAcronyms gives each unlisted acronym among the organisation
// mentions of sentence st the name of the organisation it stands for, if
// the article names one (see above).
func (a *Article) expandAcronyms(st *sent) {
	for m := range st.mentions {
		mm := &st.mentions[m]
		if mm.kind != mOrg || mm.org >= 0 || !isAcronym(mm.name) {
			continue
		}
		if r := a.acronym(mm.name); r.name != "" {
			mm.name, mm.org = r.name, r.org
		}
	}
}

// acronym returns what acronym acr stands for in the article, working it
// out once per article.
func (a *Article) acronym(acr string) acronymRef {
	for _, r := range a.acronyms {
		if r.acr == acr {
			return r
		}
	}
	r := acronymRef{acr: acr, org: -1}
	title := ""
	if a.off == 1 {
		title = a.sts[0].src
	}
	for _, src := range [2]string{title, a.text} {
		if r.name == "" {
			r.name = a.lx.bracketed(src, acr)
		}
	}
	if r.name == "" {
		r.name, r.org = a.lx.listedInitials(title, a.text, acr)
	}
	for _, src := range [2]string{title, a.text} {
		if r.name == "" {
			r.name = a.lx.spelledRun(src, acr)
		}
	}
	if r.org < 0 && r.name != "" {
		if o, ok := a.lx.orgBy[strings.ToLower(r.name)]; ok {
			r.name, r.org = a.lx.orgs[o].name, o
		}
	}
	a.acronyms = append(a.acronyms, r)
	return r
}

// isAcronym reports whether name is an acronym of two to six capital
// letters ("RSF", "UNRWA"), without periods.
func isAcronym(name string) bool {
	if len(name) < 2 || len(name) > 6 {
		return false
	}
	for i := 0; i < len(name); i++ {
		if name[i] < 'A' || name[i] > 'Z' {
			return false
		}
	}
	return true
}

// bracketed returns the name of the words right before "(acr)" in src
// whose initials spell acr ("Sudan Liberation Movement" in "the Sudan
// Liberation Movement (SLM)"), or "" if src has none.
func (lx *lexicon) bracketed(src, acr string) string {
	needle := "(" + acr + ")"
	for off := 0; ; {
		i := strings.Index(src[off:], needle)
		if i < 0 {
			return ""
		}
		i += off
		words := strings.Fields(src[max(0, i-200):i])
		for j := len(words) - 1; j >= 0 && j >= len(words)-2*len(acr)-2; j-- {
			if lx.spells(words[j:], acr) {
				return strings.Join(words[j:], " ")
			}
		}
		off = i + len(needle)
	}
}

// listedInitials returns the listed organisation whose name spells acr
// and that the title or text names, and its index; "" and -1 if none.
func (lx *lexicon) listedInitials(title, text, acr string) (string, int) {
	for _, o := range lx.orgInitials[acr] {
		name := lx.orgs[o].name
		if strings.Contains(text, name) || strings.Contains(title, name) {
			return name, o
		}
	}
	return "", -1
}

// spelledRun returns the first run of capitalised words in src that spells
// acr and ends with an organisation word ([org-suffix]), or "". It looks
// only where a word starts with acr's first letter, and reads the words
// after it only while they spell acr (spellsFrom).
func (lx *lexicon) spelledRun(src, acr string) string {
	for off := 0; off < len(src); {
		i := strings.IndexByte(src[off:], acr[0])
		if i < 0 {
			return ""
		}
		i += off
		off = i + 1
		if i > 0 && !isSpaceOrPunct(src[i-1]) {
			continue
		}
		if e := lx.spellsFrom(src, i, acr); e > i {
			return src[i:e]
		}
	}
	return ""
}

// spellsFrom reads the words of src from byte i while they spell acr (see
// spells) and returns the end of the last one, without the punctuation
// after it, if they spell it whole and that word is an organisation word;
// else i.
func (lx *lexicon) spellsFrom(src string, i int, acr string) int {
	k := 0
	for p := i; p < len(src) && k < len(acr); {
		e := p
		for e < len(src) && src[e] != ' ' && src[e] != '\n' && src[e] != '\t' {
			e++
		}
		w := src[p:e]
		if k == len(acr)-1 {
			w = strings.TrimRight(lx.trimEnd(w), ".")
		}
		if w == "" {
			return i
		}
		last, _ := utf8.DecodeLastRuneInString(w)
		if !unicode.IsLetter(last) {
			return i
		}
		switch {
		case w[0] == acr[k]:
			k++
		case k > 0 && lx.foldedCat(w)&catAcronymSkip != 0:
		default:
			return i
		}
		if k == len(acr) {
			if lx.foldedCat(w)&catOrgSuffix == 0 {
				return i
			}
			return p + len(lx.trimEnd(src[p:e]))
		}
		p = e + 1
	}
	return i
}

// isSpaceOrPunct reports whether byte c may stand before a word: a space,
// a quote, a bracket or a dash.
func isSpaceOrPunct(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '"' || c == '(' || c == '\'' || c == '-'
}

// trimEnd returns w without the punctuation after it ("Front," -> "Front",
// "Forces." -> "Forces"), but for the period of an abbreviation ("Corp.").
func (lx *lexicon) trimEnd(w string) string {
	w = strings.TrimRight(w, ",;:'’\")")
	if t := strings.TrimRight(w, "."); t != w && !lx.abbrevs[strings.ToLower(t)+"."] {
		return t
	}
	return w
}

// spells reports whether words, a name's words, spell acr: each
// capitalised word gives its first letter, words of [acronym-skip] none,
// and the name starts and ends with a capitalised word; no word but the
// last, read without the punctuation after it, ends in other than a letter.
func (lx *lexicon) spells(words []string, acr string) bool {
	k := 0
	for i, w := range words {
		if i == len(words)-1 {
			w = strings.TrimRight(lx.trimEnd(w), ".")
		}
		r, _ := utf8.DecodeRuneInString(w)
		last, _ := utf8.DecodeLastRuneInString(w)
		if !unicode.IsLetter(last) {
			return false
		}
		if !unicode.IsUpper(r) {
			if i == 0 || i == len(words)-1 || lx.foldedCat(w)&catAcronymSkip == 0 {
				return false
			}
			continue
		}
		if k >= len(acr) || w[0] != acr[k] {
			return false
		}
		k++
	}
	return k == len(acr)
}

// initialsOf returns the initials of an organisation's name as spells
// reads them ("RSF" of "Rapid Support Forces"), or "" if it has words of
// other kinds.
func (lx *lexicon) initialsOf(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case r < utf8.RuneSelf && unicode.IsUpper(r):
			b.WriteByte(w[0])
		case lx.foldedCat(w)&catAcronymSkip == 0:
			return ""
		}
	}
	if b.Len() < 2 {
		return ""
	}
	return b.String()
}
