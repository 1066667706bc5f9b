package entity

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"

	"github.com/timelinehq/timeline/internal/ascii"
	"github.com/timelinehq/timeline/internal/datafile"
	"github.com/timelinehq/timeline/internal/wordindex"
)

//go:embed data/countries.txt
var countriesData string

//go:embed data/places.txt
var placesData string

//go:embed data/orgs.txt
var orgsData string

//go:embed data/titles.txt
var titlesData string

//go:embed data/words.txt
var wordsData string

//go:embed data/given_names.txt
var givenNamesData string

// category is a set of word classes from data/words.txt and data/titles.txt,
// looked up once per token by the token's lowercase form.
type category uint64

const (
	catNonname      category = 1 << iota // capitalised, still no name: "The", "But", "Officials"
	catMonth                             // "August", "Aug."
	catWeekday                           // "Friday", "Fri."
	catParticle                          // "de", "bin", "al"
	catOrgSuffix                         // "Front", "Army", "Council"
	catFacility                          // "Hotel" at the end of a name: "Hmeimim Air Base"
	catFacilityHead                      // "Hotel" at the start: "Hotel President Wilson"
	catTopic                             // "talks" in "the Syria talks"
	catVerb                              // "will" in "Moscow will"
	catTravel                            // "flew" in "flew to Moscow"
	catPlacePrep                         // "in", "at"
	catAwayPrep                          // "from", "to", "into"
	catTopicPrep                         // "on", "regarding"
	catFunction                          // "of", "with": end the look for a place
	catDeterminer                        // "the", "a", "an"
	catModifier                          // "former", "senior" before a title
	catTitleStart                        // the first word of a title, honorific or body noun
	catSpeech                            // "said" in "Lavrov said"
	catPortfolio                         // "Environment" in "Environment Minister"
	catEra                               // "BC" in "499 BC"
	catEraUnit                           // "century" in "the 4th century BC"
	catHoliday                           // "Christmas", "Easter"
	catHolidayTail                       // "Day", "Eve" after a holiday
	catTitleSmall                        // "of", "in": lower case in a title-case headline
	catVisit                             // "visited" in "visited Russia": a travel verb whose object is a place
	catModal                             // "would" in "would travel to Israel": the travel is to come
	catTrip                              // "visit" in "Xi's Moscow visit": a trip to the place before it
	catStance                            // "request" in "at Washington's request": the possessive state acts
	catGivenTitle                        // "king": the one name after it is a given name
	catRegnalName                        // "Louis" in "Louis XVI": a name rulers take, with a number
	catParty                             // "party" in "the Georgian Dream party": the words before it are an organisation
	catThingHead                         // "Typhoon", "USS": the capitalised words after it name a storm or a ship
	catVenueNoun                         // "talks" in "in the Geneva talks": a topic that took place where the place before it is
	catProduct                           // "crude" in "Brent crude", "systems" in "Patriot systems": the one name before it names a thing
	catStrike                            // "strike" in "a missile strike on Sumy": "on" after it names where
	catSettlement                        // "village" in "the village of Novopil": the name after "of" is a place
	catVerbal                            // "scathing" in "a scathing attack on the US": a verbal attack, whose "on" names no place
	catDisasterVerb                      // "struck" in "an earthquake struck Cebu": the name after it is where a disaster struck
	catGiven                             // "Abigail" in "Abigail Spanberger": a given name (data/given_names.txt), evidence of a person
	catFamilyFirst                       // "Xi" in "Xi Jinping": a family name that starts a full name, evidence there only
	catMeet                              // "met" in "Zelensky met Trump": the name after it is a person
	catKnown                             // "Lavrov": a surname the news names a person by alone, evidence for a name of one word
	catPersonNoun                        // "interpreter" in "his interpreter Houn Hourth": the name after it is a person
	catSceneNoun                         // "war" in "the war in Ukraine": "in" after it names the war's place, not the event's
	catContest                           // "beat" in "the Broncos beat the Colts": a verb whose subject acts, as a team or a body does
	catOrgHead                           // "Credit" in "Credit Agricole": a word that starts a company's name
	catStaff                             // "analyst" in "an analyst with Dean Witter Reynolds": the name after it and "at" or "with" is an employer
	catFirm                              // "company" in "Petrobras, the state oil company,": the name before the appositive is a company's
	catAcronymSkip                       // "of" in "Bank of England": a small word of a name that gives no letter to its acronym
	catShore                             // "Sea" in "the Red Sea city": a region of this last word before a settlement noun is no place
	catPairNoun                          // "meeting" in "the Ng-Wang meeting": a hyphenated pair of names before it is two people
	catRoutePrep                         // "between" in "shuttled between Port Sudan and Abu Dhabi": after a travel verb, places and no actors
	catTimeConj                          // "since" in "since Melissa last October": a lone name after it and before no verb counts if the article names that person
	catStormHead                         // "Hurricane" in "Hurricane Josephine": the name after it is a storm's, here and where the article repeats it
	catMinistry                          // "Ministry" in "the Ministry of Mines and Energy": its "of" takes a list of portfolios joined by "and"
	catShare                             // "shares" in "Petrobras shares rose": the one name before it is a company's
	catMove                              // "rose" in "Petrobras shares rose": a price's move, after a share noun
	catCapsNonname                       // "AI" in "AI chips": an abbreviation of a common noun when in capitals ("Ai Weiwei" is a name)
	catAliasCue                          // "known" in "Joko Widodo, known as Jokowi": the lone name after it is the person's nickname
	catJurisdiction                      // "District" in "the U.S. attorney for the Western District of Texas": a court's area, which completes a role
)

// catContext are the categories of the words that mark the capitalised
// word after them (markContext).
const catContext = catPlacePrep | catAwayPrep | catTopicPrep | catVisit | catDisasterVerb | catRoutePrep

// titleKind tells what a title-like phrase of data/titles.txt is.
type titleKind uint8

const (
	titleRole      titleKind = iota + 1 // [title]: "foreign minister"
	titleEnvoy                          // [envoy]: "envoy" ("the Syria envoy")
	titleHonorific                      // [honorific]: "Mr."
	titleBody                           // [body]: "government", "forces"
)

// titleEntry is a title phrase; the map it is in is keyed by its first word.
type titleEntry struct {
	rest []string // lowercase words after the first
	kind titleKind
	key  string // the whole phrase, lowercase, words separated by one space
	// office is 1 + the index in lexicon.orgs of the body of a state whose
	// official the title names after that state ([office]: "the U.S.
	// attorney" is the Justice Department's); 0 for most titles.
	office int
}

// gzKind tells what a gazetteer name is.
type gzKind uint8

const (
	gzState   gzKind = iota + 1 // a state's name or alias: "Russia", "Russian Federation", "U.S."
	gzDemonym                   // "Russian"
	gzCapital                   // "Moscow"
	gzCity                      // "Geneva", "Aleppo"
	gzRegion                    // "Middle East"
	gzOrg                       // "United Nations", "U.N.", "Kremlin"
)

// gzWord is one word of a gazetteer name.
type gzWord struct {
	text string
	poss bool // written with a possessive 's ("Russia's Foreign Ministry")
}

// gzEntry is a name from countries.txt, places.txt or orgs.txt; the map it
// is in is keyed by its first word as written.
type gzEntry struct {
	firstPoss bool
	rest      []gzWord
	kind      gzKind
	// ref is the state (index into lexicon.countries) of a state name,
	// demonym, capital or city (-1 for none), or the organisation (index
	// into lexicon.orgs) of an organisation name.
	ref  int
	name string // the canonical name: the state, the city as listed, the organisation
}

// country is a state of countries.txt.
type country struct {
	name    string
	demonym string // the first demonym, "" if none
}

// org is an organisation of orgs.txt.
type org struct {
	name    string
	country int // the state of a government body, else -1
}

// aliasRef points from a name in lower case to a state or an organisation,
// for Matches and SameActor.
type aliasRef struct {
	org bool // ref is an organisation, else a state
	ref int
}

// lexicon is everything the data files say, built once.
type lexicon struct {
	countries []country
	orgs      []org
	gz        map[string][]*gzEntry   // by first word, case-sensitive
	titles    map[string][]titleEntry // by first word, lower case
	// gzFirst and titleFirst are gz and titles again, for the lookups at
	// the words of text.
	gzFirst    *wordindex.Index[[]*gzEntry]
	titleFirst *wordindex.Index[[]titleEntry]
	words      map[string]category        // lower case word -> its classes
	wordCats   *wordindex.Index[category] // words again, for the lookups of words cut from text
	cats       *catTable                  // words again, for the tokenizer's lookup of every word of text in its lower case
	abbrevs    map[string]bool            // lower case words that keep their final period ("sen.")
	// abbrevIndex is abbrevs again, for the lookup at every period of text.
	abbrevIndex *wordindex.Index[bool]
	portfolio   map[string]bool // lower case words of "minister of foreign affairs"
	// titlePrefixes are written before a title in the same word:
	// "then-Secretary of State".
	titlePrefixes []string
	aliases       map[string][]aliasRef // lower case name, alias, demonym or capital -> its state or organisation
	countryBy     map[string]int        // lower case canonical state name -> index
	orgBy         map[string]int        // lower case canonical organisation name -> index
	orgInitials   map[string][]int      // the initials of organisations' names ("RSF") -> their indices

	// stateTitles are the titles only a state's officials have ("head of
	// state"): after an organisation they name no one ("an EU head of
	// state" is a head of one of its states).
	stateTitles []string
	// partyTitles are the party labels of [party-title] ("republican"):
	// before another title they start its role (partyRole).
	partyTitles []string
	// firmCues are the phrases of [firm-cue] of data/words.txt ("the
	// company", "profits"): an article that has one is about a company
	// (Article.firmCue).
	firmCues []string
	// offices are the titles of [office] of data/titles.txt and their
	// organisations' names, until orgs.txt is read: then each title's entry
	// has its organisation (titleEntry.office).
	offices [][2]string
	// relations are the nouns of [relation] in titles.txt ("lawyer",
	// "wife"): people a person has (relationAfter).
	relations map[string]bool
}

// load parses the embedded data files once. They are part of the binary and
// checked by the tests, so an error in them is a programming error.
var load = sync.OnceValue(func() *lexicon {
	lx, err := parseLexicon()
	if err != nil {
		panic("entity: " + err.Error())
	}
	return lx
})

// parseLexicon builds the lexicon from the data files.
func parseLexicon() (*lexicon, error) {
	// The maps of names are made large enough at once, rather than grown
	// name by name: a state, organisation or place line has some two
	// names in all (aliases, demonyms), and a words line one word.
	names := 2 * (lineCount(countriesData) + lineCount(orgsData) + lineCount(placesData))
	lx := &lexicon{
		gz:          make(map[string][]*gzEntry, names),
		titles:      make(map[string][]titleEntry),
		words:       make(map[string]category, lineCount(wordsData)+lineCount(titlesData)),
		abbrevs:     make(map[string]bool),
		portfolio:   make(map[string]bool),
		relations:   make(map[string]bool),
		aliases:     make(map[string][]aliasRef, names),
		countryBy:   make(map[string]int),
		orgBy:       make(map[string]int),
		orgInitials: make(map[string][]int),
	}
	// Word lists first: the tokenizer needs the abbreviations.
	wordSections := map[string]category{
		"nonname": catNonname, "month": catMonth, "weekday": catWeekday, "holiday": catHoliday, "holiday-tail": catHolidayTail, "title-small": catTitleSmall, "given-name-title": catGivenTitle, "regnal-name": catRegnalName, "party": catParty, "thing-head": catThingHead, "storm-head": catThingHead | catStormHead, "time-conjunction": catFunction | catTimeConj, "venue-noun": catVenueNoun, "product": catProduct, "strike": catStrike, "settlement": catSettlement, "verbal": catVerbal, "disaster-verb": catDisasterVerb,
		"particle": catParticle, "org-suffix": catOrgSuffix, "facility": catFacility,
		"facility-head": catFacilityHead, "topic": catTopic, "verb": catVerb,
		"travel": catTravel, "speech": catSpeech, "place-prep": catPlacePrep, "away-prep": catAwayPrep,
		"topic-prep": catTopicPrep, "function": catFunction, "determiner": catDeterminer,
		"era": catEra, "era-unit": catEraUnit, "abbreviation": 0,
		"visit": catVisit, "modal": catModal, "trip": catTrip, "stance": catStance, "meet": catMeet, "person-noun": catPersonNoun, "scene-noun": catSceneNoun,
		"contest": catContest, "people": catNonname, "org-head": catOrgHead, "staff-noun": catStaff, "firm-noun": catFirm, "acronym-skip": catAcronymSkip, "shore": catShore, "route-prep": catRoutePrep, "pair-noun": catPairNoun,
		"ministry": catMinistry, "share-noun": catShare, "move": catMove, "caps-nonname": catCapsNonname, "alias-cue": catAliasCue, "jurisdiction": catJurisdiction,
	}
	err := eachLine("words.txt", wordsData, func(section, line string) error {
		if section == "firm-cue" {
			lx.firmCues = append(lx.firmCues, strings.ToLower(line))
			return nil
		}
		c, ok := wordSections[section]
		if !ok {
			return fmt.Errorf("unknown section [%s]", section)
		}
		w := strings.ToLower(line)
		lx.words[w] |= c
		lx.addAbbrevs(w)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if err := lx.addGivenNames(); err != nil {
		return nil, err
	}
	titleSections := map[string]titleKind{
		"title": titleRole, "envoy": titleEnvoy, "honorific": titleHonorific, "body": titleBody,
		"state-title": titleRole, "party-title": titleRole,
	}
	var portfolio []string
	err = eachLine("titles.txt", titlesData, func(section, line string) error {
		w := strings.ToLower(line)
		lx.addAbbrevs(w)
		switch section {
		case "modifier":
			lx.words[w] |= catModifier
			return nil
		case "title-prefix":
			lx.titlePrefixes = append(lx.titlePrefixes, w)
			return nil
		case "portfolio":
			portfolio = append(portfolio, w)
			return nil
		case "relation":
			lx.relations[w] = true
			return nil
		case "office":
			f := fields(w, 2)
			lx.offices = append(lx.offices, [2]string{strings.Join(strings.Fields(f[0]), " "), f[1]})
			return nil
		}
		kind, ok := titleSections[section]
		if !ok {
			return fmt.Errorf("unknown section [%s]", section)
		}
		f := strings.Fields(w)
		for _, e := range lx.titles[f[0]] {
			if e.key == strings.Join(f, " ") {
				return fmt.Errorf("title %q listed twice", line)
			}
		}
		if section == "state-title" {
			lx.stateTitles = append(lx.stateTitles, strings.Join(f, " "))
		}
		if section == "party-title" {
			lx.partyTitles = append(lx.partyTitles, strings.Join(f, " "))
		}
		lx.titles[f[0]] = append(lx.titles[f[0]], titleEntry{rest: f[1:], kind: kind, key: strings.Join(f, " ")})
		lx.words[f[0]] |= catTitleStart
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, w := range portfolio {
		lx.portfolio[w] = true
		if lx.words[w]&catDeterminer == 0 {
			lx.words[w] |= catPortfolio
		}
	}
	// The word lists are complete: the tokenizer, which names are read
	// with from here on, looks words up in the index.
	lx.wordCats, lx.cats = wordindex.New(lx.words), newCatTable(lx.words)

	// States.
	err = eachLine("countries.txt", countriesData, func(_, line string) error {
		f := fields(line, 4)
		if f[0] == "" {
			return fmt.Errorf("no name in %q", line)
		}
		idx := len(lx.countries)
		c := country{name: f[0]}
		demonyms := list(f[2])
		if len(demonyms) > 0 {
			c.demonym = demonyms[0]
		}
		lx.countries = append(lx.countries, c)
		lx.countryBy[strings.ToLower(c.name)] = idx
		for _, n := range append([]string{f[0]}, list(f[1])...) {
			lx.addName(n, gzState, idx, f[0])
		}
		for _, n := range demonyms {
			lx.addName(n, gzDemonym, idx, f[0])
			if p := plural(n); p != "" {
				lx.addName(p, gzDemonym, idx, f[0]) // "Americans"
			}
		}
		for _, n := range list(f[3]) {
			lx.addName(n, gzCapital, idx, n)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	// Organisations.
	err = eachLine("orgs.txt", orgsData, func(_, line string) error {
		f := fields(line, 3)
		if f[0] == "" {
			return fmt.Errorf("no name in %q", line)
		}
		o := org{name: f[0], country: -1}
		if f[2] != "" {
			c, ok := lx.countryBy[strings.ToLower(f[2])]
			if !ok {
				return fmt.Errorf("%s: unknown state %q", f[0], f[2])
			}
			o.country = c
		}
		idx := len(lx.orgs)
		lx.orgs = append(lx.orgs, o)
		lx.orgBy[strings.ToLower(o.name)] = idx
		if ini := lx.initialsOf(o.name); ini != "" {
			lx.orgInitials[ini] = append(lx.orgInitials[ini], idx)
		}
		for _, n := range append([]string{f[0]}, list(f[1])...) {
			lx.addName(n, gzOrg, idx, f[0])
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if err := lx.setOffices(); err != nil {
		return nil, err
	}
	// Cities and regions.
	err = eachLine("places.txt", placesData, func(section, line string) error {
		switch section {
		case "city", "province":
			f := fields(line, 3)
			c := -1
			if f[2] != "" {
				var ok bool
				if c, ok = lx.countryBy[strings.ToLower(f[2])]; !ok {
					return fmt.Errorf("%s: unknown state %q", f[0], f[2])
				}
			}
			for _, n := range append([]string{f[0]}, list(f[1])...) {
				lx.addName(n, gzCity, c, f[0])
			}
		case "region":
			f := fields(line, 2)
			for _, n := range append([]string{f[0]}, list(f[1])...) {
				lx.addName(n, gzRegion, -1, f[0])
			}
		default:
			return fmt.Errorf("unknown section [%s]", section)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	lx.gzFirst, lx.titleFirst = wordindex.New(lx.gz), wordindex.New(lx.titles)
	lx.abbrevIndex = wordindex.New(lx.abbrevs)
	return lx, nil
}

// addAbbrevs records the words of phrase that end in a period ("lt. gen.").
func (lx *lexicon) addAbbrevs(phrase string) {
	for w := range strings.FieldsSeq(phrase) {
		if len(w) > 1 && strings.HasSuffix(w, ".") {
			lx.abbrevs[w] = true
		}
	}
}

// addName adds a gazetteer name. A name whose words are already listed keeps
// its first entry: states come first, then organisations, then places.
func (lx *lexicon) addName(name string, kind gzKind, ref int, canonical string) {
	lower := strings.ToLower(name)
	lx.addAbbrevs(lower) // "Conn.", "St. Petersburg"
	toks := tokenize(name, lower, 0, len(name), lx, nil)
	if len(toks) == 0 {
		return
	}
	e := &gzEntry{kind: kind, ref: ref, name: canonical, firstPoss: toks[0].flags&fPoss != 0}
	for _, t := range toks[1:] {
		e.rest = append(e.rest, gzWord{name[t.s:t.e], t.flags&fPoss != 0})
	}
	first := name[toks[0].s:toks[0].e]
	for _, old := range lx.gz[first] {
		if sameWords(old, e) {
			return
		}
	}
	lx.gz[first] = append(lx.gz[first], e)
	if kind != gzCity && kind != gzRegion {
		key := normalizeName(name)
		lx.aliases[key] = append(lx.aliases[key], aliasRef{org: kind == gzOrg, ref: ref})
	}
}

// sameWords reports whether two entries of the same first word have the
// same words.
func sameWords(a, b *gzEntry) bool {
	if len(a.rest) != len(b.rest) || a.firstPoss != b.firstPoss {
		return false
	}
	for i := range a.rest {
		if a.rest[i] != b.rest[i] {
			return false
		}
	}
	return true
}

// setOffices gives the titles of lx.offices their organisations
// (titleEntry.office), once orgs.txt is read.
func (lx *lexicon) setOffices() error {
	for _, o := range lx.offices {
		org, ok := lx.orgBy[o[1]]
		if !ok {
			return fmt.Errorf("titles.txt: office %q of unknown organisation %q", o[0], o[1])
		}
		first, _, _ := strings.Cut(o[0], " ")
		set := false
		for i := range lx.titles[first] {
			if e := &lx.titles[first][i]; e.key == o[0] {
				e.office, set = org+1, true
			}
		}
		if !set {
			return fmt.Errorf("titles.txt: office %q is no [title]", o[0])
		}
	}
	return nil
}

// lineCount returns the number of lines of a data file.
func lineCount(data string) int { return strings.Count(data, "\n") + 1 }

// eachLine calls fn with every trimmed, non-empty, non-comment line of a data
// file and the [section] it is in ("" before the first).
func eachLine(file, data string, fn func(section, line string) error) error {
	for l := range datafile.Lines(data) {
		if err := fn(l.Section, l.Text); err != nil {
			return fmt.Errorf("data/%s:%d: %w", file, l.N, err)
		}
	}
	return nil
}

// fields splits a "a | b | c" line into exactly n trimmed fields.
func fields(line string, n int) []string {
	f := strings.SplitN(line, "|", n)
	for len(f) < n {
		f = append(f, "")
	}
	for i := range f {
		f[i] = strings.TrimSpace(f[i])
	}
	return f
}

// plural returns the plural of a demonym that names people ("American" ->
// "Americans"), or "" for one whose plural is itself or another word
// ("Chinese", "Swiss", "British", "French", "Dutch").
func plural(demonym string) string {
	for _, suffix := range []string{"ese", "s", "sh", "ch"} {
		if strings.HasSuffix(demonym, suffix) {
			return ""
		}
	}
	return demonym + "s"
}

// list splits a comma-separated list, dropping empty items.
func list(s string) []string {
	var out []string
	for item := range strings.SplitSeq(s, ",") {
		if item = strings.TrimSpace(item); item != "" {
			out = append(out, item)
		}
	}
	return out
}

// normalizeName returns name in lower case with runs of spaces made one and
// a leading "the " removed: the key of the aliases map.
func normalizeName(name string) string {
	// Names are short: normalised in a stack buffer, they cost one
	// allocation instead of three.
	var buf [64]byte
	return string(appendNormal(buf[:0], name))
}

// appendNormal appends normalizeName(name) to dst.
func appendNormal(dst []byte, name string) []byte {
	if ascii.Is(name) {
		return appendNormalASCII(dst, name)
	}
	name = strings.ToLower(strings.Join(strings.Fields(name), " "))
	return append(dst, strings.TrimPrefix(name, "the ")...)
}

// appendNormalASCII appends normalizeName(name) to dst; name must be
// ASCII.
func appendNormalASCII(dst []byte, name string) []byte {
	start := len(dst)
	space := false // a space is pending: written before the next word
	for i := 0; i < len(name); i++ {
		c := name[i]
		if isASCIISpace(c) {
			space = len(dst) > start
			continue
		}
		if space {
			dst = append(dst, ' ')
			space = false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	if len(dst)-start >= 4 && string(dst[start:start+4]) == "the " {
		dst = append(dst[:start], dst[start+4:]...)
	}
	return dst
}

// isASCIISpace reports whether c is an ASCII byte that unicode.IsSpace
// (and so strings.Fields) takes for a space.
func isASCIISpace(c byte) bool {
	switch c {
	case '\t', '\n', '\v', '\f', '\r', ' ':
		return true
	}
	return false
}
