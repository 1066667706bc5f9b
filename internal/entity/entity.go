package entity

import (
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

// Article holds what Analyze found in one article.
type Article struct {
	text  string
	lower string // strings.ToLower(text) if text is valid UTF-8 and that is of the same length, else ""
	spans []sentence.Span
	title result
	sents []result
}

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
// spans of the sentences to report on (Document.Sentences). The title and
// every sentence are tokenized once; names are then resolved across the
// whole article, so that "Kerry" in one sentence is the "US Secretary of
// State John Kerry" of another, and a headline's "Lavrov" counts as a name.
// Spans that do not lie inside text name nothing.
func AnalyzeDoc(title, text string, sentences []sentence.Span) *Article {
	lx := load()
	sc := scratchPool.Get().(*scratch)
	defer scratchPool.Put(sc)
	a := &Article{text: text, spans: sentences, sents: make([]result, len(sentences))}
	sts := sc.sts[:0]
	// A pooled scratch holds on to the last article it analysed (its
	// words, sentences and tokens) until it is used again: one article per
	// scratch, no more.
	clear(sc.words)
	sc.words = sc.words[:0]
	hasTitle := strings.TrimSpace(title) != ""
	if hasTitle {
		tl := sameLenLower(title)
		sts = sc.addSent(sts, title, tl, tokenize(title, tl, 0, len(title), lx, sc.titleToks[:0]))
		sc.titleToks = sts[0].toks
	}
	lower := sameLenLower(text)
	if utf8.ValidString(text) {
		a.lower = lower // what strings.ToLower gives too
	}
	toks := sc.toks[:0]
	bounds := append(sc.bounds[:0], 0)
	for _, sp := range sentences {
		if sp.Start >= 0 && sp.End <= len(text) && sp.Start <= sp.End {
			toks = tokenize(text, lower, sp.Start, sp.End, lx, toks)
		}
		bounds = append(bounds, len(toks))
	}
	sc.toks, sc.bounds = toks, bounds
	for i := range sentences {
		sts = sc.addSent(sts, text, lower, toks[bounds[i]:bounds[i+1]:bounds[i+1]])
	}
	sc.sts = sts
	for i := range sts {
		lx.scan(&sts[i])
	}
	clusters := lx.corefer(sts, sc.clusters)
	defer func() {
		clear(clusters)
		sc.clusters = clusters[:0]
	}()
	n := 0
	for i := range sts {
		n += len(sts[i].mentions)
	}
	actors := make([]Actor, 0, n) // room for the actors of every sentence: one per mention at most
	for i := range sts {
		var r result
		r, actors = lx.finish(&sts[i], clusters, actors)
		if hasTitle && i == 0 {
			a.title = r
		} else if hasTitle {
			a.sents[i-1] = r
		} else {
			a.sents[i] = r
		}
	}
	return a
}

// scratch is the working memory of AnalyzeDoc, kept for the next article:
// the tokens, and the sentences with the capacity of their lists.
type scratch struct {
	toks, titleToks []token
	bounds          []int // sentence i has toks[bounds[i]:bounds[i+1]]
	sts             []sent
	words           []string // the name words of person mentions (sent.words)
	clusters        []cluster
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// addSent appends to sts (sc.sts, or a slice grown from it) the sentence of
// toks in src, marked (markSentence, isTitleCase), reusing the memory of
// the lists of a sentence of an earlier article in its place.
func (sc *scratch) addSent(sts []sent, src, lower string, toks []token) []sent {
	var mentions []mention
	var places []placeCand
	if n := len(sts); n < cap(sts) {
		old := sts[:n+1][n]
		mentions, places = old.mentions[:0], old.places[:0]
	}
	st := sent{src: src, lower: lower, toks: toks, mentions: mentions, places: places, words: &sc.words}
	markSentence(&st)
	st.titleCase = isTitleCase(&st)
	return append(sts, st)
}

// Len returns the number of sentences given to Analyze.
func (a *Article) Len() int { return len(a.sents) }

// Actors returns the actors named in sentence i (an index into the spans
// given to Analyze), in order of first mention, canonical names. Names
// inside quotation marks are not actors: in “Assad must go”, Kupchan said
// the actor is Kupchan. It returns nil for an i out of range.
func (a *Article) Actors(i int) []Actor {
	if i < 0 || i >= len(a.sents) {
		return nil
	}
	return slices.Clone(a.sents[i].actors)
}

// Place returns where the event of sentence i happened when the text says
// so ("Geneva"), or "".
func (a *Article) Place(i int) string {
	if i < 0 || i >= len(a.sents) {
		return ""
	}
	return a.sents[i].place
}

// Venue returns where the event of sentence i took place relative to its
// actors: VenueHome when the place is in the state of one of them (a state
// actor, the state of an organisation such as the Kremlin, the state of a
// person's role: "Russian President"), VenueAway when it is not or its state
// is unknown, VenueNone without a place.
func (a *Article) Venue(i int) kind.Venue {
	if i < 0 || i >= len(a.sents) {
		return kind.VenueNone
	}
	return a.sents[i].venue
}

// Kind returns the kind of the event of sentence i:
// kind.ClassifyWith(sentence, a.Venue(i)), so that "met with" is a visit in
// a participant's capital and a meeting at a third location elsewhere. It
// returns kind.Other for an i out of range.
func (a *Article) Kind(i int) kind.Kind {
	if i < 0 || i >= len(a.sents) {
		return kind.Other
	}
	sp := a.spans[i]
	lower := ""
	if a.lower != "" {
		lower = sp.Text(a.lower) // a.lower lines up with a.text
	}
	return kind.ClassifyLower(sp.Text(a.text), lower, a.sents[i].venue)
}

// TitleActors returns the actors named in the title given to AnalyzeDoc.
func (a *Article) TitleActors() []Actor { return slices.Clone(a.title.actors) }

// TitlePlace returns the place the title gives ("Kerry, Lavrov kick off Syria
// talks in Geneva": "Geneva"), or "".
func (a *Article) TitlePlace() string { return a.title.place }

// LeadActors returns the actors of the lead event: those of the title, then
// those of sentence 0 not among them. A headline often names the people a
// lead sentence only describes ("The top diplomats of Russian Federation and
// the United States").
func (a *Article) LeadActors() []Actor {
	out := slices.Clone(a.title.actors)
	if len(a.sents) > 0 {
		for _, act := range a.sents[0].actors {
			if !hasActor(out, act) {
				out = append(out, act)
			}
		}
	}
	return out
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
// letters or more, and some capitalised word after the first that is a
// common word ("In", "Talks", "After"). In title case a capitalised word is a
// name only if the article names that person elsewhere.
func isTitleCase(st *sent) bool {
	common := false
	const commonWords = catVerb | catFunction | catPlacePrep | catAwayPrep | catTopicPrep |
		catTopic | catTravel | catDeterminer | catNonname | catSpeech
	for k, t := range st.toks {
		if t.flags&fWord == 0 {
			continue
		}
		if t.flags&(fCap|fHyphenName) == 0 {
			if t.cat&catParticle == 0 && letters(st.text(k)) >= 4 {
				return false
			}
			continue
		}
		if t.flags&fInitial == 0 && t.flags&fAllCaps == 0 && t.cat&commonWords != 0 {
			common = true
		}
	}
	return common
}

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
	role     string // the first role the article gives them
	titleKey string
	country  int // the state of that role, -1 if none
	org      int // the organisation of that role, -1 if none
	hasRole  bool
}

// pos is where a person mention stands: sentence (the title first), token.
type pos struct{ s, tok, m int }

func (p pos) before(q pos) bool { return p.s < q.s || p.s == q.s && p.tok < q.tok }

// corefer groups the person mentions of an article into clusters and sets
// each mention's cluster:
//
//  1. A certain name of two words or more ("John Kerry") is a cluster of
//     its own, one per spelling (case folded).
//  2. Any other name goes to a full name that ends with it ("Kerry", "de
//     Mistura", "Assad" for "Bashar al-Assad"): the nearest one before it,
//     else the first one after it.
//  3. A certain short name left over is a cluster of its own ("Lavrov").
//  4. An uncertain name left over (sentence-initial, in a title-case
//     headline, or where a place may stand) joins the cluster of the same
//     name, if any; else it is no person.
//
// A cluster's role is the first role any of its mentions gives. Last, an
// unnamed official ("the Russian foreign minister") becomes the person with
// the same title and state, if there is one.
//
// The clusters are appended to buf[:0], whose memory they reuse.
func (lx *lexicon) corefer(sts []sent, buf []cluster) []cluster {
	persons := 0
	for s := range sts {
		for m := range sts[s].mentions {
			if sts[s].mentions[m].kind == mPerson {
				persons++
			}
		}
	}
	cl := slices.Grow(buf[:0], persons) // a cluster has a person mention of its own
	byKey := make(map[string]int)
	fulls := make(map[string][]pos) // full names by surname, in text order
	for s := range sts {
		for m := range sts[s].mentions {
			mm := &sts[s].mentions[m]
			if mm.kind != mPerson || !mm.certain || mm.atPlace || !lx.isFull(mm.words) {
				continue
			}
			key := mm.nameKey()
			idx, ok := byKey[key]
			if !ok {
				idx = len(cl)
				cl = append(cl, cluster{words: mm.words, name: strings.Join(mm.words, " "), country: -1, org: -1})
				byKey[key] = idx
			}
			mm.cluster = idx
			sur := lx.surnameKey(mm.words)
			fulls[sur] = append(fulls[sur], pos{s, mm.tok, m})
		}
	}
	for pass := 0; pass < 3; pass++ {
		for s := range sts {
			for m := range sts[s].mentions {
				mm := &sts[s].mentions[m]
				if mm.kind != mPerson || mm.cluster >= 0 {
					continue
				}
				switch pass {
				case 0:
					mm.cluster = lx.nearestFull(sts, lx.fullsOf(fulls, mm.words), pos{s, mm.tok, m}, mm.words, cl)
				case 1:
					if mm.certain && !mm.atPlace {
						key := mm.nameKey()
						idx, ok := byKey[key]
						if !ok {
							idx = len(cl)
							cl = append(cl, cluster{words: mm.words, name: strings.Join(mm.words, " "), country: -1, org: -1})
							byKey[key] = idx
						}
						mm.cluster = idx
					}
				case 2:
					if idx, ok := byKey[mm.nameKey()]; ok {
						mm.cluster = idx
					}
				}
			}
		}
	}
	for s := range sts {
		for _, mm := range sts[s].mentions {
			if mm.kind == mPerson && mm.cluster >= 0 && mm.role != "" && !cl[mm.cluster].hasRole {
				c := &cl[mm.cluster]
				c.role, c.titleKey, c.country, c.org, c.hasRole = mm.role, mm.titleKey, mm.country, mm.org, true
			}
		}
	}
	byTitle := make(map[string][]int)
	for c := range cl {
		if cl[c].titleKey != "" {
			byTitle[cl[c].titleKey] = append(byTitle[cl[c].titleKey], c)
		}
	}
	for s := range sts {
		for m := range sts[s].mentions {
			mm := &sts[s].mentions[m]
			if !mm.official || mm.titleKey == "" {
				continue
			}
			for _, c := range byTitle[mm.titleKey] {
				if mm.kind == mState && cl[c].country == mm.country || mm.kind == mOrg && mm.org >= 0 && cl[c].org == mm.org {
					mm.kind, mm.cluster, mm.role = mPerson, c, ""
					break
				}
			}
		}
	}
	return cl
}

// isFull reports whether words are a full name: two name words or more, not
// starting with a lowercase particle ("John Kerry", "Bashar al-Assad", not
// "de Mistura").
func (lx *lexicon) isFull(words []string) bool {
	if len(words) < 2 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(words[0]); !unicode.IsUpper(r) {
		return false
	}
	n := 0
	for _, w := range words {
		if lx.foldedCat(w)&catParticle == 0 {
			n++
		}
	}
	return n >= 2
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

// surnameKey returns the last word of a name in lower case, without a
// particle prefix: "assad" for "Bashar al-Assad".
func (lx *lexicon) surnameKey(words []string) string {
	return strings.ToLower(lx.stripParticle(words[len(words)-1]))
}

// fullsOf returns fulls[lx.surnameKey(words)], without allocating for a
// short ASCII surname.
func (lx *lexicon) fullsOf(fulls map[string][]pos, words []string) []pos {
	var buf [32]byte
	if b, ok := ascii.AppendLower(buf[:0], lx.stripParticle(words[len(words)-1])); ok {
		return fulls[string(b)]
	}
	return fulls[lx.surnameKey(words)]
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
		if !lx.endsWith(cl[c].words, words) {
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
// "Assad").
func (lx *lexicon) endsWith(full, short []string) bool {
	if len(short) >= len(full) {
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

// stripParticle removes a particle prefix from a surname: "al-Assad" ->
// "Assad".
func (lx *lexicon) stripParticle(w string) string {
	if h := strings.IndexByte(w, '-'); h > 0 && lx.foldedCat(w[:h])&catParticle != 0 {
		return w[h+1:]
	}
	return w
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
		if p.quoted || p.person >= 0 && st.mentions[p.person].cluster >= 0 {
			continue // quoted, or "in Kerry's view"
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
