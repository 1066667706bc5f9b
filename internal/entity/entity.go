package entity

import (
	"cmp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/timelinehq/timeline/internal/ascii"
	"github.com/timelinehq/timeline/internal/kind"
	"github.com/timelinehq/timeline/internal/sentence"
)

// Actor is a participant named in a sentence.
type Actor struct {
	Name string // canonical name within the article: "John Kerry", "Russia", "United Nations"
	Role string // title or function when the text gives one: "US Secretary of State"
	Type string // "person", "organization" or "state"
}

// The actor types.
const (
	Person       = "person"
	Organization = "organization"
	State        = "state"
)

// Article is an article given to AnalyzeDoc and what has been worked out
// of it so far. It works a sentence out when it is first asked about (see
// AnalyzeDoc), so it is not safe for concurrent use.
type Article struct {
	lx    *lexicon
	text  string
	lower string // strings.ToLower(text) if text is valid UTF-8 and that is of the same length, else ""
	spans []sentence.Span
	off   int // sentence i is sts[i+off]: 1 with a title, else 0
	*scratch
}

// scratch is the working memory of an Article, kept for the next one after
// Release (it holds on to the words of the last article until then).
type scratch struct {
	// sts are the title, if there is one, then the sentences: what
	// coreference runs over, in text order.
	sts []sent
	// What has been worked out so far: the surnames whose people are
	// resolved, the titles whose officials are, the words every sentence
	// that has them is scanned for (see search).
	surnames, titles []string
	searched         []needle
	// hyphens[s] tells whether sentence s has a hyphen (hyphenMark), once
	// a search in an article of up to longArticle sentences has looked
	// (see search); 0 before. A longer article's searches read its index.
	hyphens []uint8
	// order tells whether the article's sentences lie in its text in
	// order and its lower case is exact (see textInOrder): unknown (0),
	// yes (1), no (2). dashes are then the places of its hyphens, from the
	// first sentence's start to the last one's end.
	order       uint8
	dashes      []int
	index       nameIndex
	clusters    []cluster    // the people of those surnames
	refs, fulls []pos        // corefer's lists, kept for their memory
	persons     []personRef  // the person mentions of the sentences scanned so far, in the order of scanning
	fullNames   []pos        // those of them of two words or more, which a lone name may start (joinFirstNames)
	anyGroup    bool         // one of persons is a group's (mention.group): resolvePeople looks for them
	anyLong     bool         // one of fullNames has three words or more, which a name of two may start (joinShortNames)
	anyAlias    bool         // one of persons is a nickname (mention.alias): resolvePeople looks for them
	cue         uint8        // whether the article has a company's cue (firmCue): unknown (0), yes (1), no (2)
	acronyms    []acronymRef // the unlisted acronyms expanded so far (see expandAcronyms)
	// Memory the sentences' lists are cut from: the name words of person
	// mentions, the mentions and places of the sentences scanned so far,
	// the actors of those finished.
	words    []string
	mentions []mention
	places   []placeCand
	actors   []Actor
	// toks are the tokens of the sentences scanned so far, kept for Kind to
	// read their words off (kindWords) in an article of up to longArticle
	// sentences; of the sentence being scanned in a longer one. kwords is
	// the memory of Kind's words, kinds that of its classifying them.
	toks   []token
	kwords []kind.Word
	kinds  kind.Classifier
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// Release tells that a is no longer used, so that its memory serves the
// next article. Once released, an Article names nothing.
func (a *Article) Release() {
	if a.scratch != nil {
		scratchPool.Put(a.scratch)
		a.scratch = nil
	}
}

// has reports whether sentence i exists and a is not released.
func (a *Article) has(i int) bool { return a.scratch != nil && i >= 0 && i < len(a.spans) }

// result is what one sentence (or the title) names.
type result struct {
	actors []Actor
	place  string
	venue  kind.Venue
}

// Analyze reads an article's text and its sentence spans. It is AnalyzeDoc
// without a title.
func Analyze(text string, sentences []sentence.Span) *Article {
	return AnalyzeDoc("", text, sentences)
}

// AnalyzeDoc reads an article: its title (may be "") and its text with the
// spans of the sentences to report on (Document.Sentences). Names are
// resolved across the whole article, so that "Kerry" in one sentence is the
// "US Secretary of State John Kerry" of another, and a headline's "Lavrov"
// counts as a name. Spans that do not lie inside text name nothing.
//
// The work is done when a sentence is first asked about, and only what its
// answer needs: the sentence is tokenized and its mentions read, then the
// other sentences that may name the same people (those with the same
// surname, or with the title of an unnamed official of the sentence; see
// resolvePeople). A caller that asks about a few sentences of a long
// article does not pay for the rest. The answers are those of working out
// every sentence. A caller done with the Article may Release it.
func AnalyzeDoc(title, text string, sentences []sentence.Span) *Article {
	lower := sameLenLower(text)
	return analyzeDoc(title, text, lower, lower != "" && utf8.ValidString(text), ascii.Is(text), sentences)
}

// AnalyzeLowered is AnalyzeDoc for a caller that has lower-cased the
// ASCII letters of text already (dates.Lower), as a timeline build
// does once for the date tagger and this analysis: low is text with its
// ASCII letters lower-cased and every other byte as it is. What is left
// is to lower the letters beyond ASCII, if text has any: text that has
// none is read with low as its lower case, without a copy. The Article
// reads low until it is released: the caller must not change it before.
// A low of another length than text is not used.
func AnalyzeLowered(title, text, low string, sentences []sentence.Span) *Article {
	if len(low) != len(text) {
		return AnalyzeDoc(title, text, sentences)
	}
	lower, valid, plain := finishLower(text, low)
	return analyzeDoc(title, text, lower, lower != "" && valid, plain, sentences)
}

// analyzeDoc is AnalyzeDoc given text's lower case, sameLenLower(text),
// whether it is exact (what strings.ToLower gives: text is valid UTF-8
// and lower is not "") and whether text is ASCII (plain).
func analyzeDoc(title, text, lower string, exact, plain bool, sentences []sentence.Span) *Article {
	a := &Article{lx: load(), text: text, spans: sentences, scratch: scratchPool.Get().(*scratch)}
	a.reset()
	if exact {
		a.lower = lower // what strings.ToLower gives too
	}
	if strings.TrimSpace(title) != "" {
		tl := sameLenLower(title)
		a.off = 1
		a.sts = append(a.sts, sent{src: title, lower: tl, end: len(title), exact: tl != "" && utf8.ValidString(title), ascii: ascii.Is(title)})
		a.hyphens = append(a.hyphens, 0)
	}
	// Each sentence written in place: a sent is large.
	n := len(a.sts)
	a.sts, a.hyphens = slices.Grow(a.sts, len(sentences))[:n+len(sentences)], slices.Grow(a.hyphens, len(sentences))
	for k, sp := range sentences {
		st := &a.sts[n+k]
		*st = sent{src: text, lower: lower, exact: exact, ascii: plain}
		if sp.Start >= 0 && sp.End <= len(text) && sp.Start <= sp.End {
			st.start, st.end = sp.Start, sp.End
		}
		a.hyphens = append(a.hyphens, 0)
	}
	return a
}

// reset empties the lists of a scratch, keeping their memory.
func (sc *scratch) reset() {
	sc.sts, sc.surnames, sc.titles, sc.searched = sc.sts[:0], sc.surnames[:0], sc.titles[:0], sc.searched[:0]
	sc.index.reset()
	sc.toks, sc.hyphens, sc.persons, sc.order, sc.dashes = sc.toks[:0], sc.hyphens[:0], sc.persons[:0], 0, sc.dashes[:0]
	sc.fullNames, sc.anyLong, sc.anyAlias = sc.fullNames[:0], false, false
	sc.anyGroup, sc.acronyms, sc.cue = false, sc.acronyms[:0], 0
	sc.clusters, sc.words, sc.mentions, sc.places, sc.actors = sc.clusters[:0], sc.words[:0], sc.mentions[:0], sc.places[:0], sc.actors[:0]
}

// result returns what sentence s (an index into a.sts) names, working it
// out the first time: the sentence's mentions, then the people they may
// be, then its actors, place and venue.
func (a *Article) result(s int) *result {
	st := &a.sts[s]
	if st.done {
		return &st.res
	}
	a.scan(s)
	for m := range st.mentions {
		mm := &st.mentions[m]
		switch {
		case mm.kind == mPerson && !mm.official:
			a.resolvePeople(mm.sur)
		case mm.official && mm.titleKey != "":
			a.resolveTitle(mm.titleKey)
		}
	}
	a.unnamedOfficials(st)
	a.companyPlace(st)
	a.expandAcronyms(st)
	st.res, a.actors = a.lx.finish(st, a.clusters, a.actors)
	st.done = true
	return &st.res
}

// scan reads the mentions and place candidates of sentence s, once.
func (a *Article) scan(s int) {
	st := &a.sts[s]
	if st.scanned {
		return
	}
	st.scanned = true
	// The tokens are kept for Kind after those of the sentences scanned
	// before, but for a long article's, which would take four times its
	// text: those of each sentence take the same memory.
	long, n := len(a.sts) > longArticle, len(a.toks)
	if long {
		n = 0
	}
	a.toks = tokenize(st.src, st.lower, st.start, st.end, a.lx, a.toks[:n])
	st.toks, st.words = a.toks[n:len(a.toks):len(a.toks)], &a.words
	// The lists are read into the free memory after those of the sentences
	// scanned before, and copied there if they outgrew it.
	m, p := len(a.mentions), len(a.places)
	st.mentions, st.places = a.mentions[m:m], a.places[p:p]
	markSentence(st)
	st.titleCase = isTitleCase(st)
	a.lx.scan(st)
	if long {
		st.toks = nil // the next sentence's
	}
	a.mentions, a.places = append(a.mentions[:m], st.mentions...), append(a.places[:p], st.places...)
	st.mentions, st.places = a.mentions[m:len(a.mentions):len(a.mentions)], a.places[p:len(a.places):len(a.places)]
	for m := range st.mentions {
		if mm := &st.mentions[m]; mm.kind == mPerson && !mm.official {
			a.persons = append(a.persons, personRef{pos{s, mm.tok, m}, mm.sur})
			if len(mm.words) > 1 {
				a.fullNames = append(a.fullNames, pos{s, mm.tok, m})
				a.anyLong = a.anyLong || len(mm.words) > 2
			}
			a.anyGroup = a.anyGroup || mm.group
			a.anyAlias = a.anyAlias || mm.alias > 0
		}
	}
}

// search scans every sentence not scanned yet that may have word (in
// lower case) as a word, or as the end of a hyphenated one ("assad" in
// "al-Assad"), capitalised if capital is set: see hasWord. A sentence
// whose lower case does not line up with its text is scanned at the first
// search.
//
// A found sentence is scanned whole, though a surname's search needs only
// its people of that surname: most found sentences have one (86% on the
// corpus), and where it is is known only from the scan up to it. Passing
// over the others by a look at the words around each place, stopping the
// scan after the last place, and looking for the word in the whole text's
// lower case rather than the signatures all cost more than they saved
// (measured: see the commit that added this paragraph). A capitalised
// word that starts with a small ASCII letter, as most do, is looked for
// where its capital is (hasCapWord): that costs less than a signature of
// each sentence's capitalised words (capSignature) once hasCapWord does
// not look for a hyphen again in a sentence known to have none.
func (a *Article) search(word string, capital bool) {
	if slices.Contains(a.searched, needle{word, false}) || capital && slices.Contains(a.searched, needle{word, true}) {
		return
	}
	a.searched = append(a.searched, needle{word, capital})
	if a.long() {
		a.searchIndex(word, capital)
		return
	}
	capWord := capital && word != "" && 'a' <= word[0] && word[0] <= 'z' // see hasCapWord
	if capWord && a.textInOrder() {
		a.searchText(word)
		return
	}
	for s := range a.sts {
		st := &a.sts[s]
		if st.scanned {
			continue
		}
		if !st.exact {
			a.scan(s)
			continue
		}
		src, lower := st.src[st.start:st.end], st.lower[st.start:st.end]
		var found bool
		if capWord {
			if a.hyphens[s] == 0 {
				a.hyphens[s] = hyphenMark(src) // once for all the searches
			}
			found = hasCapWord(src, lower, word, a.hyphens[s] == hasHyphens)
		} else {
			found = hasWord(src, lower, word, capital)
		}
		if found {
			a.scan(s)
		}
	}
}

// textInOrder reports whether the sentences of the article's text (the
// title aside) lie in it in order, each after the one before, and its
// lower case is exact: then a search may look for a word in the whole
// text at once (searchText). It is worked out at the first search, with
// the places of the hyphens.
func (a *Article) textInOrder() bool {
	if a.order != 0 {
		return a.order == 1
	}
	a.order = 2
	if a.lower == "" || a.off == len(a.sts) {
		return false
	}
	prev := 0
	for s := a.off; s < len(a.sts); s++ {
		st := &a.sts[s]
		if st.start < prev || st.end < st.start {
			return false
		}
		prev = st.end
	}
	a.order = 1
	for i, end := a.sts[a.off].start, prev; ; {
		h := strings.IndexByte(a.text[i:end], '-')
		if h < 0 {
			break
		}
		a.dashes = append(a.dashes, i+h)
		i += h + 1
	}
	return true
}

// searchText is search of a capitalised word w that starts with a small
// ASCII letter in a short article whose text's sentences lie in it in
// order (textInOrder): it looks for w's capital in the whole text at
// once, which costs less than sentence by sentence, and goes through the
// places of its hyphens; each place is tried in the sentence it is in, as
// hasCapWord tries it there, and a sentence not scanned where w is found
// is scanned.
func (a *Article) searchText(w string) {
	if a.off == 1 { // the title has a text of its own
		if st := &a.sts[0]; !st.scanned && (!st.exact || hasCapWord(st.src[st.start:st.end], st.lower[st.start:st.end], w, true)) {
			a.scan(0)
		}
	}
	text, s := a.text, a.off // s: the sentence of the last place
	first, end := w[0]-('a'-'A'), a.sts[len(a.sts)-1].end
	for i := a.sts[a.off].start; ; {
		p := strings.IndexByte(text[i:end], first)
		if p < 0 {
			break
		}
		p += i
		i = p + 1
		if s = a.sentenceOf(p, s); s < 0 {
			break
		}
		switch st := &a.sts[s]; {
		case p < st.start: // between sentences
			i = st.start
		case st.scanned:
			i = st.end // the rest of it need not be looked at
		case capAt(text[st.start:st.end], a.lower[st.start:st.end], w, p-st.start):
			a.scan(s)
			i = st.end
		}
	}
	s = a.off
	for _, h := range a.dashes {
		if s = a.sentenceOf(h, s); s < 0 {
			break
		}
		if st := &a.sts[s]; !st.scanned && h >= st.start &&
			afterHyphenAt(text[st.start:st.end], a.lower[st.start:st.end], w, h+1-st.start) {
			a.scan(s)
		}
	}
}

// sentenceOf returns the first text sentence from s on that ends after
// text byte p, the one that has it if it starts at p or before; -1 if
// none does. The sentences are in order (textInOrder).
func (a *Article) sentenceOf(p, s int) int {
	for ; s < len(a.sts); s++ {
		if a.sts[s].end > p {
			return s
		}
	}
	return -1
}

// The marks of Article.hyphens: whether a sentence has a hyphen.
const (
	noHyphen   = 1
	hasHyphens = 2
)

// hyphenMark returns the mark of src in Article.hyphens.
func hyphenMark(src string) uint8 {
	if strings.IndexByte(src, '-') >= 0 {
		return hasHyphens
	}
	return noHyphen
}

// searchIndex is search in a long article: a capitalised word is looked
// up in the article's index, made at the first search; another word is
// looked for in every sentence.
func (a *Article) searchIndex(word string, capital bool) {
	if !a.index.built {
		a.index.build(a.sts)
		for _, s := range a.index.odd {
			a.scan(s)
		}
	}
	if !capital || word == "" {
		for s := range a.sts {
			a.scanIfHas(s, word, capital)
		}
		return
	}
	for s := range a.index.sentences(runKey(word, 0)) {
		a.scanIfHas(s, word, true)
	}
}

// scanIfHas scans sentence s if it is not scanned yet and has word (see
// hasWord).
func (a *Article) scanIfHas(s int, word string, capital bool) {
	if st := &a.sts[s]; !st.scanned && hasWord(st.src[st.start:st.end], st.lower[st.start:st.end], word, capital) {
		a.scan(s)
	}
}

// needle is a word search looked for.
type needle struct {
	word    string
	capital bool
}

// hasWord reports whether lower, the lower case of src lined up with it,
// has w where a word of src may start and end: after a hyphen, or after a
// rune that is not a word rune and then (if capital is set) at a capital
// letter; before a rune that is not a word rune. A token of tokenize is a
// run of word runes as long as it can be, so the lower case of a token,
// and of its end after a hyphen, is found.
func hasWord(src, lower, w string, capital bool) bool {
	if w == "" {
		return true
	}
	if capital && 'a' <= w[0] && w[0] <= 'z' {
		return hasCapWord(src, lower, w, true)
	}
	for i := 0; ; {
		k := strings.Index(lower[i:], w)
		if k < 0 {
			return false
		}
		k += i
		i = k + 1
		if e := k + len(w); e < len(src) && isWordRuneAt(src, e, len(src)) {
			continue
		}
		if k > 0 && src[k-1] == '-' {
			return true
		}
		if k > 0 && isWordRuneBefore(src, k) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(src[k:]); !capital || unicode.IsUpper(r) || unicode.IsTitle(r) {
			return true
		}
	}
}

// hasCapWord is hasWord of w, starting with a small ASCII letter, with
// capital set: it is found where src has its first letter as a capital,
// or after a hyphen, which it looks for only if hyphens is set (src may
// have one). Both are rarer than the small letter, at each of which
// hasWord would compare lower with w.
func hasCapWord(src, lower, w string, hyphens bool) bool {
	first := w[0] - ('a' - 'A')
	for i := 0; ; {
		k := strings.IndexByte(src[i:], first)
		if k < 0 {
			break
		}
		k += i
		i = k + 1
		if capAt(src, lower, w, k) {
			return true
		}
	}
	for i := 0; hyphens; {
		h := strings.IndexByte(src[i:], '-')
		if h < 0 {
			return false
		}
		i = h + i + 1 // where w would start
		if afterHyphenAt(src, lower, w, i) {
			return true
		}
	}
	return false
}

// capAt reports whether w stands at src[k], where src has its first
// letter as a capital, as hasWord finds it: no word rune after it, and a
// hyphen or no word rune before it.
func capAt(src, lower, w string, k int) bool {
	return strings.HasPrefix(lower[k:], w) && !isWordRuneAt(src, k+len(w), len(src)) &&
		(k == 0 || src[k-1] == '-' || !isWordRuneBefore(src, k))
}

// afterHyphenAt reports whether w stands at src[k], after a hyphen, as
// hasWord finds it: no word rune after it.
func afterHyphenAt(src, lower, w string, k int) bool {
	return strings.HasPrefix(lower[k:], w) && !isWordRuneAt(src, k+len(w), len(src))
}

// isWordRuneBefore reports whether a word rune ends at src[i] (i > 0).
func isWordRuneBefore(src string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(src[:i])
	return ascii.IsWordRune(r)
}

// resolvePeople resolves the person mentions of the article with the
// surname sur (as surnameAt gives it). Coreference keeps to a surname: a
// name joins a full name that ends with it or one spelt the same, and a
// cluster's role is one of its names' (see corefer). So the sentences that
// have sur are all the article it needs.
func (a *Article) resolvePeople(sur string) {
	if slices.Contains(a.surnames, sur) {
		return
	}
	a.surnames = append(a.surnames, sur)
	a.search(sur, true) // the last word of a name is capitalised, or has a hyphen
	refs := a.refs[:0]
	if a.long() {
		// The sentences that have sur, as the search found them.
		for s := range a.index.sentences(runKey(sur, 0)) {
			refs = a.appendPeople(refs, s, sur)
		}
		for _, s := range a.index.odd {
			refs = a.appendPeople(refs, s, sur)
		}
	} else {
		for _, p := range a.persons {
			if p.sur == sur {
				refs = append(refs, p.pos)
			}
		}
	}
	// In text order, as corefer wants them, not the order of scanning.
	slices.SortFunc(refs, func(p, q pos) int { return cmp.Or(p.s-q.s, p.m-q.m) })
	a.refs = refs
	if a.anyGroup {
		a.resolveGroups(refs, sur)
		refs = a.refs
	}
	a.corefer(refs)
	a.companies(refs)
	var short, aliases []int
	if a.anyLong || a.anyAlias {
		short, aliases = a.renames(refs)
	}
	a.joinFirstNames(refs, sur)
	if short != nil {
		a.joinShortNames(short, sur)
	}
	if aliases != nil {
		a.joinAliases(aliases)
	}
}

// resolveGroups resolves the group mentions of refs (the mentions of
// surname key sur), if any, apart from its people, and leaves the people in
// a.refs.
func (a *Article) resolveGroups(refs []pos, sur string) {
	if groups := a.groups(refs); groups != nil {
		// People and groups of one surname key ("Sanders", "the Sanders
		// campaign") are never one another: each is resolved alone.
		refs = slices.DeleteFunc(refs, func(p pos) bool { return a.sts[p.s].mentions[p.m].group })
		a.refs = refs
		if !a.family(sur) {
			a.corefer(groups)
			a.companies(groups) // "the Broncos" are the Denver Broncos the article names
		}
	}
}

// groups returns the group mentions of refs (see groupMention), in a list
// of their own, or nil if there are none (as most often).
func (a *Article) groups(refs []pos) []pos {
	var g []pos
	for _, p := range refs {
		if a.sts[p.s].mentions[p.m].group {
			g = append(g, p)
		}
	}
	return g
}

// family reports whether the groups of surname key sur are a family: the
// article names a person by its singular ("the Bronfmans" where it names
// Edgar Bronfman, "the Gonzalezes" and Lazaro Gonzalez).
func (a *Article) family(sur string) bool {
	stem := groupStem(sur)
	if stem == sur {
		return false
	}
	a.search(stem, true)
	for _, p := range a.persons {
		if p.sur == stem && !a.sts[p.s].mentions[p.m].group {
			return true
		}
	}
	return false
}

// personRef is a person mention (not an unnamed official) with its surname,
// as resolvePeople looks for them.
type personRef struct {
	pos
	sur string
}

// longArticle is the number of sentences (the title's too) above which an
// article's searches read an index of its sentences' places (nameIndex)
// rather than look at every sentence (hasCapWord): looking for each
// surname in every other sentence takes the square of its length.
// (Looking at every sentence for each title of an unnamed official still
// does, but there are few titles.)
const longArticle = 256

// long reports whether a has more than longArticle sentences.
func (a *Article) long() bool { return len(a.sts) > longArticle }

// appendPeople appends to refs the person mentions of sentence s (if it is
// scanned) whose surname is sur.
func (a *Article) appendPeople(refs []pos, s int, sur string) []pos {
	for m := range a.sts[s].mentions {
		if mm := &a.sts[s].mentions[m]; mm.kind == mPerson && !mm.official && mm.sur == sur {
			refs = append(refs, pos{s, mm.tok, m})
		}
	}
	return refs
}

// resolveTitle resolves the people the article gives the title key (the
// titleKey of a role): those an unnamed official with that title may be.
// Every sentence that names one has the longest word of the title.
func (a *Article) resolveTitle(key string) {
	if slices.Contains(a.titles, key) {
		return
	}
	a.titles = append(a.titles, key)
	longest := ""
	for w := range strings.SplitSeq(key, " ") {
		if len(w) > len(longest) {
			longest = w
		}
	}
	a.search(longest, false)
	for s := range a.sts {
		for m := 0; m < len(a.sts[s].mentions); m++ {
			if mm := &a.sts[s].mentions[m]; mm.kind == mPerson && !mm.official && mm.titleKey == key {
				a.resolvePeople(mm.sur)
			}
		}
	}
}

// unnamedOfficials makes each unnamed official of st ("the Russian foreign
// minister") the person the article gives the same title and state or
// organisation, if there is one: the first such cluster in the order
// corefer makes them.
func (a *Article) unnamedOfficials(st *sent) {
	for m := range st.mentions {
		mm := &st.mentions[m]
		if !mm.official || mm.titleKey == "" {
			continue
		}
		best := -1
		for c := range a.clusters {
			k := &a.clusters[c]
			if k.titleKey == mm.titleKey && (mm.kind == mState && k.country == mm.country || mm.kind == mOrg && mm.org >= 0 && k.org == mm.org) &&
				(best < 0 || k.rank.before(a.clusters[best].rank)) {
				best = c
			}
		}
		if best >= 0 {
			mm.kind, mm.cluster, mm.role = mPerson, best, ""
		}
	}
}

// Len returns the number of sentences given to Analyze.
func (a *Article) Len() int { return len(a.spans) }

// Actors returns the actors named in sentence i (an index into the spans
// given to Analyze), in order of first mention, canonical names. Names
// inside quotation marks are not actors: in “Assad must go”, Kupchan said
// the actor is Kupchan. It returns nil for an i out of range.
func (a *Article) Actors(i int) []Actor { return a.AppendActors(nil, i) }

// AppendActors appends the actors of sentence i (see Actors) to dst and
// returns it, for a caller that copies them on: a list of its own to
// fill, rather than a new one each time.
func (a *Article) AppendActors(dst []Actor, i int) []Actor {
	if !a.has(i) {
		return dst
	}
	return append(dst, a.result(i+a.off).actors...)
}

// Place returns where the event of sentence i happened when the text says
// so ("Geneva"), or "".
func (a *Article) Place(i int) string {
	if !a.has(i) {
		return ""
	}
	return a.result(i + a.off).place
}

// Venue returns where the event of sentence i took place relative to its
// actors: VenueHome when the place is in the state of one of them (a state
// actor, the state of an organisation such as the Kremlin, the state of a
// person's role: "Russian President"), VenueAway when it is not or its state
// is unknown, VenueNone without a place.
func (a *Article) Venue(i int) kind.Venue {
	if !a.has(i) {
		return kind.VenueNone
	}
	return a.result(i + a.off).venue
}

// Kind returns the kind of the event of sentence i:
// kind.ClassifyWith(sentence, a.Venue(i)), so that "met with" is a visit in
// a participant's capital and a meeting at a third location elsewhere, but
// with no trigger in the name of an organisation the sentence names (see
// inNames), and with a storm's name a disaster's (see markStorms). It
// returns kind.Other for an i out of range. The words kind matches are
// read off the tokens Venue made of the sentence (kindWords) where they
// are kept.
func (a *Article) Kind(i int) kind.Kind {
	m, _ := a.KindMatch(i)
	return m.Kind
}

// KindMatch is Kind with the trigger that decided it (kind.Explain): its
// Start and End are byte offsets in the sentence. It also returns the
// sentence's words as kind reads them (kind.Words), when it has them at
// hand, else nil; they are valid until the next call.
func (a *Article) KindMatch(i int) (kind.Match, []kind.Word) {
	if !a.has(i) {
		return kind.Match{Kind: kind.Other}, nil
	}
	v := a.Venue(i)
	// Venue has scanned the sentence: its tokens are kept, except in a long
	// article (see scan); an empty sentence may have none either.
	st := &a.sts[i+a.off]
	storm := stormNamed(st, a.clusters)
	if st.toks != nil {
		var ok bool
		if a.kwords, ok = kindWords(st, st.toks, a.kwords[:0]); ok {
			if st.names {
				inNames(st.mentions, a.kwords)
			}
			if storm {
				markStorms(st, a.clusters, a.kwords)
			}
			return a.kinds.ExplainWords(a.kwords, v), a.kwords
		}
	}
	sp := a.spans[i]
	if st.names || storm {
		a.kwords = append(a.kwords[:0], kind.Words(sp.Text(a.text))...)
		if storm {
			markStorms(st, a.clusters, a.kwords)
		}
		return a.kinds.ExplainWords(inNames(st.mentions, a.kwords), v), a.kwords
	}
	lower := ""
	if a.lower != "" {
		lower = sp.Text(a.lower) // a.lower lines up with a.text
	}
	return kind.ExplainLower(sp.Text(a.text), lower, v), nil
}

// inNames empties the words of words that lie in an organisation's name
// of two words or more, and returns words: they name the organisation and
// no event, so that "the UN Relief and Works Agency said" is a statement,
// not aid, and "the High Negotiations Committee met" a meeting.
func inNames(mentions []mention, words []kind.Word) []kind.Word {
	for k := range mentions {
		m := &mentions[k]
		if m.to == 0 {
			continue
		}
		// The words are in text order: look for the first of the name.
		w, _ := slices.BinarySearchFunc(words, int(m.from), func(w kind.Word, from int) int { return w.Start - from })
		for ; w < len(words) && words[w].End <= int(m.to); w++ {
			words[w].Lower = ""
		}
	}
	return words
}

// TitleActors returns the actors named in the title given to AnalyzeDoc.
func (a *Article) TitleActors() []Actor { return slices.Clone(a.title().actors) }

// TitlePlace returns the place the title gives ("Kerry, Lavrov kick off Syria
// talks in Geneva": "Geneva"), or "".
func (a *Article) TitlePlace() string { return a.title().place }

// title returns what the title names; nothing if there is none.
func (a *Article) title() result {
	if a.off == 0 || a.scratch == nil {
		return result{}
	}
	return *a.result(0)
}

// LeadActors returns the actors of the lead event: those of the title, then
// those of sentence 0 not among them. A headline often names the people a
// lead sentence only describes ("The top diplomats of Russian Federation and
// the United States").
func (a *Article) LeadActors() []Actor { return a.AppendLeadActors(nil) }

// AppendLeadActors appends the actors of the lead event (see LeadActors)
// to dst and returns it.
func (a *Article) AppendLeadActors(dst []Actor) []Actor {
	start := len(dst)
	dst = append(dst, a.title().actors...)
	if a.has(0) {
		for _, act := range a.result(a.off).actors {
			if !hasActor(dst[start:], act) {
				dst = append(dst, act)
			}
		}
	}
	return dst
}

// hasActor reports whether actors has one of the same type and name as a.
func hasActor(actors []Actor, a Actor) bool {
	for _, b := range actors {
		if b.Type == a.Type && b.Name == a.Name {
			return true
		}
	}
	return false
}

// isTitleCase reports whether a headline (or a sentence) is written in title
// case ("Talks Resume In Geneva After Long Pause"): no lowercase word of four
// letters or more, nor a shorter one that title case would capitalise (one
// not in [title-small] of data/words.txt: "Netanyahu met Biden" is a
// sentence), and some capitalised word
// after the first that is a common word ("In", "Talks", "After"). In title
// case a capitalised word is a name only if the article names that person
// elsewhere. So is one of capitalised words only (allCapitalised).
func isTitleCase(st *sent) bool {
	common, caps, lower := false, 0, false
	const commonWords = catVerb | catFunction | catPlacePrep | catAwayPrep | catTopicPrep |
		catTopic | catTravel | catDeterminer | catNonname | catSpeech
	for k, t := range st.toks {
		if t.flags&fWord == 0 {
			continue
		}
		if t.flags&(fCap|fHyphenName) == 0 {
			lower = true
			if isDigit(st.src[t.s]) {
				continue // "In $85 Billion Rail Megadeal", "Kills 12 In Dnipro": a number
			}
			if t.cat&catParticle == 0 && t.e-t.s >= 4 && fourLetters(st.text(k)) { // a rune takes a byte or more
				return false
			}
			if t.cat&(catTitleSmall|catParticle) == 0 {
				return false // "met", "hit": title case would capitalise them
			}
			continue
		}
		if t.flags&fInitial == 0 && t.flags&fAllCaps == 0 && t.cat&commonWords != 0 {
			common = true
		}
		caps++
	}
	return common || allCapitalised(caps, lower)
}

// fourLetters reports whether s has four letters or more: most often its
// first four bytes are ASCII letters, and the rest need not be read.
func fourLetters(s string) bool {
	if len(s) >= 4 && isASCIILetter(s[0]) && isASCIILetter(s[1]) && isASCIILetter(s[2]) && isASCIILetter(s[3]) {
		return true
	}
	return letters(s) >= 4
}

// isASCIILetter reports whether c is an ASCII letter.
func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// letters counts the letters of s.
func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// cluster is a person as the whole article names them.
type cluster struct {
	words    []string // the fullest name, as first written
	name     string
	key      string // its nameKey
	role     string // the first role the article gives them
	titleKey string
	country  int // the state of that role, -1 if none
	org      int // the organisation of that role, -1 if none
	hasRole  bool
	group    bool // a group's (mention.group): an organisation, no person
	firm     bool // a company's (mention.firm): an organisation, no person
	storm    bool // a storm's (mention.storm): no actor
	// introduced is set when a mention of it is a lone name after a noun
	// of people (mention.introduced): it joins no full name that starts
	// with the name.
	introduced bool
	rank       rank
}

// rank orders clusters the way coreference over the whole article at once
// makes them: those of full names first, then those of short names, each
// in the text order of the mention that makes them. Of the people an
// unnamed official may be, the first is taken.
type rank struct {
	short bool
	s, m  int // sentence and mention
}

func (r rank) before(q rank) bool {
	if r.short != q.short {
		return q.short
	}
	return r.s < q.s || r.s == q.s && r.m < q.m
}

// pos is where a person mention stands: sentence (the title first), token,
// mention.
type pos struct{ s, tok, m int }

func (p pos) before(q pos) bool { return p.s < q.s || p.s == q.s && p.tok < q.tok }

// corefer groups the person mentions refs, all those of the article with
// one surname in text order, into clusters appended to cl, and sets each
// mention's cluster:
//
//  1. A certain name of two words or more ("John Kerry") is a cluster of
//     its own, one per spelling (case folded), unless it ends a longer one
//     given with a role ("Bagheri Kani" of "Iran's chief negotiator, Ali
//     Bagheri Kani"): then it is a shorter name.
//  2. Any other name goes to a full name that ends with it ("Kerry", "de
//     Mistura", "Assad" for "Bashar al-Assad"): the nearest one before it,
//     else the first one after it.
//  3. A certain short name left over is a cluster of its own ("Lavrov").
//  4. An uncertain name left over (sentence-initial, in a title-case
//     headline, or where a place may stand) joins the cluster of the same
//     name, if any; else it is no person.
//
// A company's name (mention.firm: "analysts at Morgan Stanley") takes
// part in steps 3 and 4 only: it joins a name spelt the same, or makes a
// cluster that names spelt the same join, and that cluster is the
// company; no shorter name of a person joins it ("Mr. Weil" is not "Weil
// & Associates").
//
// A cluster's role is the first role any of its mentions gives. A name
// joins only names of its surname (the full names that end with it have
// it; names spelt the same do too), so the surnames of an article can be
// resolved one at a time. (An unnamed official becomes a person of any
// surname: see Article.unnamedOfficials.)
func (a *Article) corefer(refs []pos) {
	lx, sts, cl := a.lx, a.sts, a.clusters
	first := len(cl) // this surname's clusters are cl[first:]
	byKey := func(key string) int {
		for c := first; c < len(cl); c++ {
			if cl[c].key == key {
				return c
			}
		}
		return -1
	}
	add := func(mm *mention, r pos, short bool) int {
		cl = append(cl, cluster{
			words: mm.words, name: mm.joinedWords(), key: mm.nameKey(),
			country: -1, org: -1, group: mm.group, rank: rank{short, r.s, r.m},
		})
		return len(cl) - 1
	}
	fulls := a.fulls[:0]
	longest := 0 // words of the longest full name with a role
	for _, r := range refs {
		mm := &sts[r.s].mentions[r.m]
		if !mm.certain || mm.atPlace || !mm.full || mm.firm || mm.storm {
			continue
		}
		fulls = append(fulls, r)
		if mm.role != "" {
			longest = max(longest, len(mm.words))
		}
	}
	for _, r := range fulls {
		mm := &sts[r.s].mentions[r.m]
		if len(mm.words) < longest && lx.inLonger(sts, fulls, mm) {
			continue // "Bagheri Kani" is "Ali Bagheri Kani": pass 0 finds it
		}
		if mm.cluster = byKey(mm.nameKey()); mm.cluster < 0 {
			mm.cluster = add(mm, r, false)
		}
	}
	// The full names of the clusters, for nearestFull.
	fulls = slices.DeleteFunc(fulls, func(r pos) bool { return sts[r.s].mentions[r.m].cluster < 0 })
	a.fulls = fulls
	for pass := 0; pass < 3; pass++ {
		for _, r := range refs {
			mm := &sts[r.s].mentions[r.m]
			if mm.cluster >= 0 {
				continue
			}
			switch pass {
			case 0:
				if mm.firm || mm.storm {
					continue // "analysts with Weil": not a person "Ulric Weil"; a name spelt the same joins it
				}
				c := lx.nearestFull(sts, fulls, r, mm.words, cl)
				if c >= 0 && lx.givenName(mm) && otherPerson(sts, fulls, c, mm, lx) {
					continue // "King Hussein": a given name, not the surname of "Iraqi President Saddam Hussein"
				}
				mm.cluster = c
			case 1:
				if mm.certain && !mm.atPlace {
					if mm.cluster = byKey(mm.nameKey()); mm.cluster < 0 {
						mm.cluster = add(mm, r, true)
					}
				}
			case 2:
				mm.cluster = byKey(mm.nameKey())
			}
		}
	}
	firmish, speaks := false, false
	for _, r := range refs {
		mm := &sts[r.s].mentions[r.m]
		firmish, speaks = firmish || mm.firmish, speaks || mm.speaks
		if mm.cluster >= 0 && (mm.firm || mm.storm || mm.introduced) {
			cl[mm.cluster].firm = cl[mm.cluster].firm || mm.firm
			cl[mm.cluster].storm = cl[mm.cluster].storm || mm.storm
			cl[mm.cluster].introduced = cl[mm.cluster].introduced || mm.introduced
		}
		if mm.cluster >= 0 && mm.role != "" && !cl[mm.cluster].hasRole {
			c := &cl[mm.cluster]
			c.role, c.titleKey, c.country, c.org, c.hasRole = mm.role, mm.titleKey, mm.country, mm.org, true
		}
	}
	if firmish || speaks {
		a.firmishClusters(refs, cl)
	}
	a.clusters = cl
}

// firmCue reports whether the article has a phrase of [firm-cue] of
// data/words.txt ("the company", "the oil major", "a deal", "profits") or
// a stock's ticker in brackets ("(2330.TW)", "(NYSE: PBR)"): it is about a
// company, and a lone name that speaks in it with no first name, title
// nor honorific anywhere ("Shell said the sale") is the company. It looks
// once per article.
func (a *Article) firmCue() bool {
	if a.cue == 0 {
		a.cue = 2
		if a.lx.hasFirmCue(a.text) || a.off == 1 && a.lx.hasFirmCue(a.sts[0].src) {
			a.cue = 1
		}
	}
	return a.cue == 1
}

// hasFirmCue reports whether src has a phrase of lx.firmCues or a
// ticker in brackets. It reads src as written, with no lower case to
// make: a phrase's last word is looked for in lower case, and the words
// before it, or the word alone, may start with a capital ("The company
// said", "Profits fell").
func (lx *lexicon) hasFirmCue(src string) bool {
	for _, w := range lx.firmCues {
		if hasCue(src, w) {
			return true
		}
	}
	return hasTicker(src)
}

// hasCue reports whether src has the lowercase phrase w as whole words,
// its first letter maybe a capital.
func hasCue(src, w string) bool {
	head, last := "", w
	if sp := strings.LastIndexByte(w, ' '); sp >= 0 {
		head, last = w[:sp+1], w[sp+1:]
	}
	for i := 0; ; {
		k := strings.Index(src[i:], last)
		if k < 0 {
			break
		}
		k += i
		i = k + 1
		if e := k + len(last); e < len(src) && isWordRuneAt(src, e, len(src)) {
			continue
		}
		if h := k - len(head); h >= 0 && strings.EqualFold(src[h:k], head) && (h == 0 || !isWordRuneBefore(src, h)) {
			return true
		}
	}
	if head == "" && last[0] >= 'a' && last[0] <= 'z' { // "Profits fell": a capital the search above missed
		return hasCue(src, string(last[0]-('a'-'A'))+last[1:])
	}
	return false
}

// hasTicker reports whether src has a stock's ticker in brackets, as
// tickerAfter reads one: "(2330.TW)", "(PETR4.SA)", "(NYSE: PBR)".
func hasTicker(src string) bool {
	for i := 0; ; {
		k := strings.IndexByte(src[i:], '(')
		if k < 0 {
			return false
		}
		i += k + 1
		e := strings.IndexByte(src[i:], ')')
		if e < 0 || e > 16 {
			continue
		}
		in := src[i : i+e]
		if m, t, ok := strings.Cut(in, ": "); ok && tickerWord(m) && tickerWord(t) {
			return true
		}
		if dot := strings.LastIndexByte(in, '.'); dot > 0 && dot < len(in)-1 && tickerCode(in[:dot]) && tickerWord(in[dot+1:]) {
			return true
		}
	}
}

// firmishClusters makes a company of each cluster of the mentions refs
// (all those of one surname) that a mention marked firmish is of (or
// speaks, where the article is about a company: firmCue), when the
// cluster's name is that one word and none of its mentions has a title or
// an honorific: "Equinor said on Monday it would cut" where the article
// names no "Mr. Equinor" nor a full name ending with it. It looks for the
// article's cue only for such a cluster.
func (a *Article) firmishClusters(refs []pos, cl []cluster) {
	sts := a.sts
	for _, r := range refs {
		mm := &sts[r.s].mentions[r.m]
		if !mm.firmish && !mm.speaks || mm.cluster < 0 || cl[mm.cluster].firm || len(cl[mm.cluster].words) != 1 {
			continue
		}
		if !titled(sts, refs, mm.cluster) && (mm.firmish || a.firmCue()) {
			cl[mm.cluster].firm = true
		}
	}
}

// titled reports whether a mention of refs of cluster c has a title or an
// honorific.
func titled(sts []sent, refs []pos, c int) bool {
	for _, q := range refs {
		if qm := &sts[q.s].mentions[q.m]; qm.cluster == c && qm.titleKey != "" {
			return true
		}
	}
	return false
}

// inLonger reports whether the full name of mm ends a longer full name of
// fulls (certain ones, not where a place may stand) that comes with a role:
// "Bagheri Kani" ends "Iran's chief negotiator, Ali Bagheri Kani". Such a
// name is that person, as a surname is, not a person of its own. Without a
// role the longer name may have a word that is no name ("Certainly Saddam
// Hussein" at the start of a sentence).
func (lx *lexicon) inLonger(sts []sent, fulls []pos, mm *mention) bool {
	for _, r := range fulls {
		f := &sts[r.s].mentions[r.m]
		if f.role != "" && len(f.words) > len(mm.words) && lx.endsWith(f.words, mm.words) {
			return true
		}
	}
	return false
}

// givenName reports whether mention mm is one name after a title that
// takes a given name ("King Hussein", "Prince Sihanouk").
func (lx *lexicon) givenName(mm *mention) bool {
	return mm.titleKey != "" && lx.foldedCat(mm.titleKey)&catGivenTitle != 0
}

// otherPerson reports whether the full names of cluster c (fulls are the
// full names' positions) name someone other than mm, a given name after its
// title: one has a title of another kind ("Iraqi President Saddam Hussein"
// is not "King Hussein"), a state other than the one mm names ("King
// Hussein of Jordan") or a given name of its own first, which makes mm's
// word its surname ("Iraq's Saddam Hussein"), where "Norodom Sihanouk",
// whose family name comes first, is "Prince Sihanouk", and "King Abdullah
// II of Jordan" is "King Abdullah".
func otherPerson(sts []sent, fulls []pos, c int, mm *mention, lx *lexicon) bool {
	for _, p := range fulls {
		f := &sts[p.s].mentions[p.m]
		if f.cluster != c {
			continue
		}
		if f.titleKey != "" && !lx.givenName(f) || f.country >= 0 && mm.country >= 0 && f.country != mm.country {
			return true
		}
		if w := f.words[0]; !strings.EqualFold(w, mm.words[0]) && lx.foldedCat(w)&(catGiven|catFamilyFirst) == catGiven {
			return true
		}
	}
	return false
}

// foldedCat returns the classes of w in lower case,
// lx.words[strings.ToLower(w)], without allocating for a short ASCII word.
func (lx *lexicon) foldedCat(w string) category {
	var buf [32]byte
	if len(w) <= len(buf) {
		if b, ok := ascii.AppendLower(buf[:0], w); ok {
			return lx.words[string(b)]
		}
	}
	return lx.words[strings.ToLower(w)]
}

// surnameAt returns the surname key of a person whose name ends at
// token k: the word in lower case, without a particle prefix ("assad" for
// "al-Assad"). It is strings.ToLower(lx.stripParticle(st.text(k))), cut
// from the sentence's lower case when that is exact.
func (lx *lexicon) surnameAt(st *sent, k int) string {
	if k > 0 && st.toks[k].flags&fAllCaps != 0 && isRegnal(st.text(k)) && st.isWord(k-1) {
		k-- // "Abdullah II" is found by "Abdullah"
	}
	w := lx.stripParticle(st.text(k))
	if st.exact {
		e := int(st.toks[k].e)
		return st.lower[e-len(w) : e]
	}
	return strings.ToLower(w)
}

// joinedWords returns the words of a person mention joined by spaces.
func (m *mention) joinedWords() string {
	if m.joined != "" {
		return m.joined
	}
	return strings.Join(m.words, " ")
}

// nameKey returns the name of a person mention in lower case, its words
// joined by spaces: strings.ToLower(strings.Join(m.words, " ")), worked
// out once.
func (m *mention) nameKey() string {
	if m.key == "" && len(m.words) > 0 {
		n := len(m.words) - 1
		for _, w := range m.words {
			n += len(w)
		}
		b := make([]byte, 0, n)
		for i, w := range m.words {
			if i > 0 {
				b = append(b, ' ')
			}
			var ok bool
			if b, ok = ascii.AppendLower(b, w); !ok {
				b = append(b, strings.ToLower(w)...)
			}
		}
		// b is never written again: share it rather than copy it.
		m.key = unsafe.String(unsafe.SliceData(b), len(b))
	}
	return m.key
}

// nearestFull returns the cluster of the full name nearest to p that ends
// with words (the nearest before p, else the first after), or -1. fulls are
// the full names of the same surname, in text order.
func (lx *lexicon) nearestFull(sts []sent, fulls []pos, p pos, words []string, cl []cluster) int {
	best := -1
	for _, f := range fulls {
		c := sts[f.s].mentions[f.m].cluster
		if !lx.endsWith(cl[c].words, words) && !lx.familyOf(cl[c].words, words) {
			continue
		}
		if f.before(p) {
			best = c
			continue
		}
		if best < 0 {
			best = c
		}
		break
	}
	return best
}

// endsWith reports whether the name full ends with the shorter name short,
// case folded; the last words may differ by a particle prefix ("al-Assad",
// "Assad"). A regnal number is left out of full unless short has one too:
// "Abdullah" and "King Abdullah" end "Abdullah II".
func (lx *lexicon) endsWith(full, short []string) bool {
	if n := len(full); n > 1 && len(short) > 0 && isRegnal(full[n-1]) && !isRegnal(short[len(short)-1]) {
		full = full[:n-1]
		if len(short) > len(full) {
			return false
		}
	} else if len(short) >= len(full) {
		return false
	}
	off := len(full) - len(short)
	for k, w := range short {
		f := full[off+k]
		if strings.EqualFold(f, w) {
			continue
		}
		if k == len(short)-1 && strings.EqualFold(lx.stripParticle(f), lx.stripParticle(w)) {
			continue
		}
		return false
	}
	return true
}

// isRegnal reports whether w is a regnal number of two to five Roman
// numerals ("II", "VIII", "XVI"): part of a name after a name word ("King
// Abdullah II", "Pope Benedict XVI"), no acronym. "I", "V" and "X" alone
// are left out: a pronoun, a letter.
func isRegnal(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; c != 'I' && c != 'V' && c != 'X' {
			return false
		}
	}
	return true
}

// stripParticle removes a particle prefix from a surname: "al-Assad" ->
// "Assad".
func (lx *lexicon) stripParticle(w string) string {
	if h := hyphenAt(w); h > 0 && lx.foldedCat(w[:h])&catParticle != 0 {
		return w[h+1:]
	}
	return w
}

// hyphenAt returns the index of the first hyphen of w, a word, or -1: byte
// by byte, which costs less than a look for a byte in so short a string.
func hyphenAt(w string) int {
	for i := 0; i < len(w); i++ {
		if w[i] == '-' {
			return i
		}
	}
	return -1
}

// finish turns the mentions and place candidates of a sentence into its
// actors, place and venue. The actors are appended to arena, which is
// returned, and the result's actors are that part of it (nil if none).
func (lx *lexicon) finish(st *sent, cl []cluster, arena []Actor) (result, []Actor) {
	var r result
	start := len(arena)
	home := make([]int, 0, 4) // states of the actors
	for _, m := range st.mentions {
		if m.quoted {
			continue
		}
		var a Actor
		c := -1
		switch m.kind {
		case mPerson:
			if m.cluster < 0 {
				continue
			}
			k := cl[m.cluster]
			if k.storm {
				continue // "Josephine struck Jamaica" after "Hurricane Josephine"
			}
			if k.group || k.firm {
				a = Actor{Name: k.name, Type: Organization}
				break
			}
			a = Actor{Name: k.name, Role: m.role, Type: Person}
			c = m.country
			if a.Role == "" {
				a.Role, c = k.role, k.country
			}
		case mState:
			a = Actor{Name: m.name, Role: m.role, Type: State}
			c = m.country
		case mOrg:
			a = Actor{Name: m.name, Role: m.role, Type: Organization}
			if m.org >= 0 {
				c = lx.orgs[m.org].country
			}
		}
		if c >= 0 {
			home = append(home, c)
		}
		if !hasActor(arena[start:], a) {
			arena = append(arena, a)
		}
	}
	for _, p := range st.places {
		if p.quoted || p.person >= 0 && (st.mentions[p.person].cluster >= 0 || st.mentions[p.person].kind == mOrg) {
			continue // quoted, or "in Kerry's view", or "shares in Kestrel" (companyPlace)
		}
		r.place = p.name
		r.venue = kind.VenueAway
		if p.country >= 0 && slices.Contains(home, p.country) {
			r.venue = kind.VenueHome
		}
		break
	}
	if len(arena) > start {
		r.actors = arena[start:len(arena):len(arena)]
	}
	return r, arena
}
