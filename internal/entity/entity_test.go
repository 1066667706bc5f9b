package entity

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/timelinehq/timeline/internal/kind"
	"github.com/timelinehq/timeline/internal/sentence"
)

// seedPath is the seed article shared by the whole module.
const seedPath = "../../testdata/geneva-2016-08-26.txt"

// seed reads the seed article the way timeline.ReadDocument does: its title
// line, and the sentences that are article text (without the page
// boilerplate "Share" and "Advertisement").
func seed(t testing.TB) (title, text string, spans []sentence.Span) {
	t.Helper()
	b, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	text = string(b)
	for _, sp := range sentence.Split(text) {
		switch s := sp.Text(text); {
		case s == "Share" || s == "Advertisement":
		case title == "":
			title = s
		default:
			spans = append(spans, sp)
		}
	}
	return title, text, spans
}

// find returns the index of the sentence that starts with prefix.
func find(t *testing.T, text string, spans []sentence.Span, prefix string) int {
	t.Helper()
	for i, sp := range spans {
		if strings.HasPrefix(sp.Text(text), prefix) {
			return i
		}
	}
	t.Fatalf("no sentence starts with %q", prefix)
	return -1
}

func person(name, role string) Actor { return Actor{Name: name, Role: role, Type: Person} }
func state(name string) Actor        { return Actor{Name: name, Type: State} }
func orga(name string) Actor         { return Actor{Name: name, Type: Organization} }

// names returns the type and name of each actor, roles dropped.
func names(actors []Actor) []Actor {
	out := make([]Actor, len(actors))
	for i, a := range actors {
		out[i] = Actor{Name: a.Name, Type: a.Type}
	}
	return out
}

// TestSeed checks the acceptance cases of the seed article.
func TestSeed(t *testing.T) {
	title, text, spans := seed(t)
	a := AnalyzeDoc(title, text, spans)
	if a.Len() != len(spans) {
		t.Fatalf("Len = %d, want %d", a.Len(), len(spans))
	}
	tests := []struct {
		prefix string
		actors []Actor // nil: not checked
		place  string
		kind   string
	}{
		{
			"Kerry met with Russian President Vladimir Putin in Moscow",
			[]Actor{person("John Kerry", "US Secretary of State"), person("Vladimir Putin", "Russian President")},
			"Moscow", "visit",
		},
		{
			"The top diplomats of Russian Federation and the United States are meeting in Geneva",
			[]Actor{{Name: "Russia", Role: "top diplomats", Type: State}, state("United States")},
			"Geneva", "meeting",
		},
		{
			"Staffan de Mistura, the U.N.’s Syria envoy, told reporters in Geneva",
			[]Actor{person("Staffan de Mistura", "U.N. Syria envoy")},
			"Geneva", "statement",
		},
		{
			"Lavrov made the comments at a joint press conference",
			[]Actor{person("Lavrov", ""), person("John Kerry", "US Secretary of State")},
			"Geneva", "negotiation", // "comments" only counts when nothing else does
		},
		{
			"“There are still issues",
			[]Actor{{Name: "State Department", Role: "senior official", Type: Organization}},
			"", "statement",
		},
		{
			"“I think there’s a shift", // “Assad must go” is quoted: no actor
			[]Actor{person("Kupchan", "")},
			"", "statement",
		},
		{
			"The U.N. has been clamoring for a 48-hour cease-fire in beleaguered Aleppo",
			[]Actor{orga("United Nations")},
			"Aleppo", "ceasefire",
		},
		{
			"The talks have been complicated since initial meetings in July", // not "July"; al Qaeda only describes
			[]Actor{orga("Nusra Front")},
			"Aleppo", "attack",
		},
		{
			"He refused to take questions",
			[]Actor{person("Bashar al-Assad", "Syrian President"), state("Russia")},
			"", "statement",
		},
		{
			"On the role of Kurdish forces in the conflict, Kerry said",
			[]Actor{person("John Kerry", "US Secretary of State"), state("United States")},
			"", "statement",
		},
		{"Successive rounds of worldwide negotiations", []Actor{}, "", "attack"},
		{
			"After missing an initial target date of Aug. 1, de Mistura",
			[]Actor{person("Staffan de Mistura", "U.N. Syria envoy")},
			"", "intent",
		},
		{
			"Moscow and Washington will boost their cooperation",
			[]Actor{state("Russia"), state("United States")},
			"", "statement",
		},
		{
			"US Secretary of State John Kerry arrives at the Hotel President Wilson in Geneva",
			[]Actor{person("John Kerry", "US Secretary of State")},
			"Hotel President Wilson, Geneva", "visit",
		},
	}
	for _, tt := range tests {
		t.Run(tt.prefix, func(t *testing.T) {
			i := find(t, text, spans, tt.prefix)
			if got := a.Actors(i); tt.actors != nil && !slices.Equal(got, tt.actors) && !(len(got) == 0 && len(tt.actors) == 0) {
				t.Errorf("Actors = %v, want %v", got, tt.actors)
			}
			if got := a.Place(i); got != tt.place {
				t.Errorf("Place = %q, want %q", got, tt.place)
			}
			if got := a.Kind(i); got.Name != tt.kind {
				t.Errorf("Kind = %v, want %s", got, tt.kind)
			}
		})
	}

	wantTitle := []Actor{person("John Kerry", "US Secretary of State"), person("Lavrov", "")}
	if got := a.TitleActors(); !slices.Equal(got, wantTitle) {
		t.Errorf("TitleActors = %v, want %v", got, wantTitle)
	}
	if got := a.TitlePlace(); got != "Geneva" {
		t.Errorf("TitlePlace = %q, want Geneva", got)
	}
	wantLead := append(wantTitle, Actor{Name: "Russia", Role: "top diplomats", Type: State}, state("United States"))
	if got := a.LeadActors(); !slices.Equal(got, wantLead) {
		t.Errorf("LeadActors = %v, want %v", got, wantLead)
	}
}

// TestSentences checks actors, place and kind on news sentences. Each text
// is a small article; the last sentence is checked, the others give context
// (full names, roles).
func TestSentences(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		actors []Actor
		place  string
		kind   string
	}{
		{
			"ceasefire agreed",
			"Russian Foreign Minister Sergei Lavrov and U.S. Secretary of State John Kerry agreed on a nationwide ceasefire in Syria on Friday.",
			[]Actor{person("Sergei Lavrov", "Russian Foreign Minister"), person("John Kerry", "U.S. Secretary of State")},
			"Syria", "ceasefire",
		},
		{
			"agreement signed, attribution after",
			"The two sides signed a peace agreement in Havana on Monday, Colombian President Juan Manuel Santos said.",
			[]Actor{person("Juan Manuel Santos", "Colombian President")},
			"Havana", "agreement",
		},
		{
			"aid convoy",
			"A U.N. aid convoy reached the besieged town of Madaya on Monday, the International Committee of the Red Cross said.",
			[]Actor{orga("United Nations"), orga("International Committee of the Red Cross")},
			"Madaya", "aid", // the convoy reached it
		},
		{
			"attack by government forces",
			"Syrian government forces backed by Russian airstrikes attacked rebel positions near Aleppo on Tuesday, the Syrian Observatory for Human Rights said.",
			[]Actor{state("Syria"), state("Russia"), orga("Syrian Observatory for Human Rights")},
			"Aleppo", "attack",
		},
		{
			"threat",
			"North Korea threatened on Wednesday to strike the United States with nuclear weapons.",
			[]Actor{state("North Korea"), state("United States")},
			"", "threat",
		},
		{
			"consult by phone",
			"Iranian Foreign Minister Mohammad Javad Zarif spoke by phone with his Turkish counterpart Mevlut Cavusoglu on Sunday.",
			[]Actor{person("Mohammad Javad Zarif", "Iranian Foreign Minister"), person("Mevlut Cavusoglu", "Turkish counterpart")},
			"", "consult",
		},
		{
			"mediation offer",
			"Egypt has offered to mediate between Israel and Hamas, an Egyptian official said on Thursday.",
			[]Actor{state("Egypt"), state("Israel"), orga("Hamas")},
			"", "mediation",
		},
		{
			"hosted visit at home",
			"German Chancellor Angela Merkel hosted Ukrainian President Petro Poroshenko in Berlin on Monday.",
			[]Actor{person("Angela Merkel", "German Chancellor"), person("Petro Poroshenko", "Ukrainian President")},
			"Berlin", "visit",
		},
		{
			"meeting at a third location",
			"Secretary of State John Kerry and Russian Foreign Minister Sergei Lavrov spoke on Thursday. Kerry and Lavrov met in Geneva on Friday.",
			[]Actor{person("John Kerry", "Secretary of State"), person("Sergei Lavrov", "Russian Foreign Minister")},
			"Geneva", "meeting",
		},
		{
			"meeting in a participant's capital is a visit",
			"Russian Foreign Minister Sergei Lavrov spoke on Thursday. Kerry met Lavrov in Moscow on Friday.",
			[]Actor{person("Kerry", ""), person("Sergei Lavrov", "Russian Foreign Minister")},
			"Moscow", "visit",
		},
		{
			"intent to visit",
			"Turkish President Recep Tayyip Erdogan will visit Moscow next week, the Kremlin said.",
			[]Actor{person("Recep Tayyip Erdogan", "Turkish President"), orga("Kremlin")},
			"Moscow", "intent", // where the visit next week will be
		},
		{
			"aid pledged in a capital",
			"The European Union pledged 3 billion euros in humanitarian aid for Syrian refugees at a donor conference in London.",
			[]Actor{orga("European Union")},
			"London", "aid",
		},
		{
			"clashes with troops",
			"Hezbollah fighters clashed with Israeli troops along the border overnight, the Israeli military said.",
			[]Actor{orga("Hezbollah"), state("Israel")},
			"", "attack",
		},
		{
			"statement with place",
			"NATO Secretary-General Jens Stoltenberg told reporters in Brussels that the alliance would not send troops to Ukraine.",
			[]Actor{person("Jens Stoltenberg", "NATO Secretary-General")},
			"Brussels", "statement",
		},
		{
			"quoted attack is a statement",
			"“We will not accept any attack on our territory,” Turkish Prime Minister Binali Yildirim said.",
			[]Actor{person("Binali Yildirim", "Turkish Prime Minister")},
			"", "statement",
		},
		{
			"sentence-initial place phrase",
			"Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan spoke. In Moscow, Putin and Erdogan signed an agreement to restore trade ties.",
			[]Actor{person("Vladimir Putin", "Russian President"), person("Recep Tayyip Erdogan", "Turkish President")},
			"Moscow", "agreement",
		},
		{
			"state statement",
			"Russia said on Monday that it would halt airstrikes in Aleppo for eight hours a day to allow aid deliveries.",
			[]Actor{state("Russia")},
			"Aleppo", "statement",
		},
		{
			"envoy complement brokers talks",
			"The United Nations special envoy for Yemen, Ismail Ould Cheikh Ahmed, brokered the talks in Kuwait City.",
			[]Actor{person("Ismail Ould Cheikh Ahmed", "United Nations special envoy for Yemen")},
			"Kuwait City", "mediation",
		},
		{
			"government body and troops",
			"The Pentagon said U.S. troops would stay in Iraq.",
			[]Actor{orga("Pentagon"), state("United States")},
			"Iraq", "statement",
		},
		{
			"talks in a capital",
			"Chinese President Xi Jinping and Russian President Vladimir Putin held talks in Beijing.",
			[]Actor{person("Xi Jinping", "Chinese President"), person("Vladimir Putin", "Russian President")},
			"Beijing", "negotiation",
		},
		{
			"travel to",
			"Secretary of State John Kerry spoke on Monday. Kerry traveled to Moscow on Thursday.",
			[]Actor{person("John Kerry", "Secretary of State")},
			"Moscow", "visit",
		},
		{
			"organisation meets abroad",
			"Foreign ministers from the Arab League met in Cairo on Sunday.",
			[]Actor{orga("Arab League")},
			"Cairo", "meeting",
		},
		{
			"unknown armed group and place",
			"Fighters of the Ahrar al-Sham Brigades shelled Kafr Nabl on Friday.",
			[]Actor{orga("Ahrar al-Sham Brigades")},
			"", "attack",
		},
		{
			"unknown town after in",
			"Rebels attacked an army checkpoint in Khan Shaykhun on Friday.",
			[]Actor{},
			"Khan Shaykhun", "attack",
		},
		{
			"unnamed official resolved to the person with that role",
			"Russian Foreign Minister Sergei Lavrov arrived on Thursday. The Russian foreign minister said the talks would go on.",
			[]Actor{person("Sergei Lavrov", "Russian Foreign Minister")},
			"", "statement",
		},
		{
			"appositive after the title",
			"Russia’s foreign minister, Sergei Lavrov, said the ceasefire was holding.",
			[]Actor{person("Sergei Lavrov", "Russian foreign minister")},
			"", "statement",
		},
		{
			"facility after at",
			"Kerry and Lavrov met at the Palais des Nations in Geneva.",
			[]Actor{person("Kerry", ""), person("Lavrov", "")},
			"Palais des Nations, Geneva", "meeting",
		},
		{
			"demonym before a capital",
			"Saudi-led warplanes bombed Houthi positions in the Yemeni capital Sanaa on Friday, residents said.",
			[]Actor{orga("Houthis")},
			"Sanaa", "attack",
		},
		{
			"the city of",
			"North Korean leader Kim Jong Un met South Korean President Moon Jae-in at the border village of Panmunjom.",
			[]Actor{person("Kim Jong Un", "North Korean leader"), person("Moon Jae-in", "South Korean President")},
			"Panmunjom", "meeting",
		},
		{
			"role with a complement before the name",
			"The U.S. envoy to the talks, Brett McGurk, arrived in Ankara on Monday for consultations with Turkish officials.",
			[]Actor{person("Brett McGurk", "U.S. envoy to the talks"), {Name: "Turkey", Role: "officials", Type: State}},
			"Ankara", "visit",
		},
		{
			"capital coordinated with an organisation",
			"Qatar has been mediating between the Taliban and Washington since 2018.",
			[]Actor{state("Qatar"), orga("Taliban"), state("United States")},
			"", "mediation",
		},
		{
			"lowercase words in a role",
			"European Union foreign policy chief Federica Mogherini read out a joint statement in Lausanne, Switzerland.",
			[]Actor{person("Federica Mogherini", "European Union foreign policy chief")},
			"Lausanne", "statement",
		},
		{
			"state after into is no actor",
			"Turkey threatened to send troops into northern Syria.",
			[]Actor{state("Turkey")},
			"", "threat",
		},
		{
			"government body and a state's troops",
			"The Kremlin denied that Russian troops were fighting in eastern Ukraine.",
			[]Actor{orga("Kremlin"), state("Russia")},
			"Ukraine", "attack",
		},
		{
			"an organisation's name is no event",
			"The UN Relief and Works Agency said on Tuesday it had suspended its operations in Gaza.",
			[]Actor{orga("UNRWA")},
			"Gaza", "statement",
		},
		{
			"an unlisted organisation's name is no event",
			"The High Negotiations Committee met in Riyadh on Monday.",
			[]Actor{orga("High Negotiations Committee")},
			"Riyadh", "meeting",
		},
		{
			"particles in names",
			"Al Qaeda leader Ayman al-Zawahri praised the attack, the SITE Intelligence Group said.",
			[]Actor{person("Ayman al-Zawahri", "Al Qaeda leader"), orga("SITE Intelligence Group")},
			"", "attack",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spans := sentence.Split(tt.text)
			a := Analyze(tt.text, spans)
			i := len(spans) - 1
			if got := a.Actors(i); !slices.Equal(got, tt.actors) && !(len(got) == 0 && len(tt.actors) == 0) {
				t.Errorf("Actors = %v, want %v", got, tt.actors)
			}
			if got := a.Place(i); got != tt.place {
				t.Errorf("Place = %q, want %q", got, tt.place)
			}
			if got := a.Kind(i); got.Name != tt.kind {
				t.Errorf("Kind = %v, want %s", got, tt.kind)
			}
		})
	}
}

// TestRules checks the rules the package documentation states, one by one.
func TestRules(t *testing.T) {
	tests := []struct {
		name, text string
		actors     []Actor
		place      string
	}{
		{"possessive capital acts", "Moscow's position hardened.", []Actor{state("Russia")}, ""},
		{"capital with a verb acts", "Washington said no.", []Actor{state("United States")}, ""},
		{"capital after in is a place", "They met in Washington.", nil, "Washington"},
		{"state after in is its canonical name", "Troops stay in the U.S.", nil, "United States"},
		{"body noun makes a state", "Syrian government forces advanced.", []Actor{state("Syria")}, ""},
		{"unnamed official", "A senior U.S. official said so.", []Actor{{Name: "United States", Role: "senior official", Type: State}}, ""},
		{"bare title names nobody", "The president said so.", nil, ""},
		{"honorific gives no role", "US Secretary of State John Kerry spoke. Mr. Kerry left.", []Actor{person("John Kerry", "US Secretary of State")}, ""},
		{"organisation suffix", "The Syrian Arab Army advanced.", []Actor{orga("Syrian Arab Army")}, ""},
		{"organisation with of", "The Bank of England cut rates.", []Actor{orga("Bank of England")}, ""},
		{"unlisted acronym", "The YPG said it would withdraw.", []Actor{orga("YPG")}, ""},
		{"era after a year is no acronym", "The YPG fought in 499 BC.", []Actor{orga("YPG")}, ""},
		{"era before a year", "The YPG met in AD 410.", []Actor{orga("YPG")}, ""},
		{"era after a decade", "Persia grew in the 470s BCE.", nil, ""},
		{"era after a century", "Greece won in the 4th century BC.", []Actor{state("Greece")}, ""},
		{"era word elsewhere is an acronym", "The BC said it would withdraw.", []Actor{orga("BC")}, ""},
		{"states joined by a hyphen are no person", "The truce opened the way for joint US-Russian strikes.", nil, ""},
		{"countries joined by a hyphen are no person", "Russia-Ukraine talks failed.", nil, ""},
		{"former state", "Austria-Hungary declared war.", []Actor{state("Austria-Hungary")}, ""},
		{"a king's name is no surname", "Iraqi President Saddam Hussein met King Hussein in Baghdad.",
			[]Actor{person("Saddam Hussein", "Iraqi President"), person("Hussein", "King")}, "Baghdad"},
		{"a king's given name joins his own full name", "King Abdullah II of Jordan met Kerry. King Abdullah left.",
			[]Actor{person("Abdullah II", "King")}, ""}, // the last sentence's actors
		{"a prince's name joins an untitled full name", "Norodom Sihanouk returned. Prince Sihanouk spoke in Phnom Penh.",
			[]Actor{person("Norodom Sihanouk", "Prince")}, "Phnom Penh"},
		// Acronyms (acronym.go): the organisation an unlisted acronym spells.
		{"an acronym in brackets is the organisation before it", "The Sudan Liberation Movement (SLM) said it would join. The SLM left Tawila.",
			[]Actor{orga("Sudan Liberation Movement")}, ""},
		{"an acronym is a listed organisation the article names", "The Rapid Support Forces shelled the town. The RSF denied it.",
			[]Actor{orga("Rapid Support Forces")}, ""},
		{"an acronym is an organisation the article spells out", "Leaders of the Tigray People's Liberation Front met. The TPLF said it would disarm.",
			[]Actor{orga("Tigray People's Liberation Front")}, ""},
		{"initials with small words", "The Forces for Freedom and Change (FFC) met. The FFC said it would talk.",
			[]Actor{orga("Forces for Freedom and Change")}, ""},
		{"an acronym the article does not spell out stays", "The Rapid Support Forces shelled the town. The SAF denied it.",
			[]Actor{orga("SAF")}, ""},
		{"an acronym whose letters do not match stays", "The Sudan Liberation Movement (SLA) said it would join. The SLA left.",
			[]Actor{orga("SLA")}, ""},
		{"initials of no organisation word stay", "Officials praised the Red Sea Festival. The RSF denied it.",
			[]Actor{orga("RSF")}, ""},
		{"an abbreviation of a common noun is no organisation", "Canada announced the EV tariffs and an IPO of LNG assets.", []Actor{state("Canada")}, ""},
		{"Ai is still a name", "Ai Weiwei said he would return.", []Actor{person("Ai Weiwei", "")}, ""},
		// A lone name that starts a full name (firstname.go).
		{"a family name that comes first joins its full name", "Commerce Minister Wang Wentao met Ng. Wang said talks went well.",
			[]Actor{person("Wang Wentao", "Commerce Minister")}, ""},
		{"the nearest full name before it", "Wang Wentao met Ng. Wang Huiyao, an analyst, spoke. Wang said so.",
			[]Actor{person("Wang Huiyao", "")}, ""},
		{"a full name that ends with it comes first", "Designer Vera Wang spoke. Wang Wentao met Ng. Wang said so.",
			[]Actor{person("Vera Wang", "")}, ""},
		{"a given name after a royal title joins its full name", "Saudi Foreign Minister Prince Faisal bin Farhan arrived. Prince Faisal said so.",
			[]Actor{person("Faisal bin Farhan", "Prince")}, ""},
		{"a given name with no title stays apart", "Saudi Foreign Minister Prince Faisal bin Farhan arrived. Faisal Saleh said so.",
			[]Actor{person("Faisal Saleh", "")}, ""},
		// A hyphenated pair of names before a noun of meeting.
		{"a pair of names before a meeting is the two people", "Mary Ng met Commerce Minister Wang Wentao. Canada delays surtax after Ng-Wang meeting.",
			[]Actor{state("Canada"), person("Mary Ng", ""), person("Wang Wentao", "Commerce Minister")}, ""},
		{"a pair of names the article does not give is no one", "Canada delays surtax after Ng-Wang meeting.", []Actor{state("Canada")}, ""},
		{"a hyphenated name before another noun stays a person", "Jean-Pierre met Macron. Officials praised the Jean-Pierre plan.", nil, ""},
		// Places.
		{"a city of a demonym after reached", "The convoy reached the besieged Sudanese city of El Fasher on Monday, but shelling in Omdurman resumed.",
			nil, "El Fasher"},
		{"a city of a demonym after in", "Aid workers arrived in the Syrian city of Aleppo, while fighting raged in Idlib.", nil, "Aleppo"},
		{"a demonym before another noun passes no place on", "Aid workers arrived in the Syrian capital, while fighting raged in Idlib.", nil, "Idlib"},
		{"a sea before a settlement noun is no place", "The talks opened in the Red Sea city on Thursday.", nil, ""},
		{"a sea port of a place", "The ship docked in the Red Sea port of Jeddah.", nil, "Jeddah"},
		{"a sea alone is a place", "The ship was attacked in the Red Sea.", nil, "Red Sea"},
		{"a region before a settlement noun stays a place", "Shells fell in the Darfur town on Monday.", nil, "Darfur"},
		{"between after a travel verb names places", "The envoy has shuttled between Port Sudan and Abu Dhabi.", nil, ""},
		{"a capital that acts is its state", "Massad Boulos has shuttled between Port Sudan and Abu Dhabi. Abu Dhabi said it would help.",
			[]Actor{state("United Arab Emirates")}, ""},
		{"between after another word names actors", "Talks between Russia and Ukraine resumed.", []Actor{state("Russia"), state("Ukraine")}, ""},
		{"a name after residents of is not the speaker", "Residents of El Obeid said shells landed.", nil, ""},
		{"a name after a plural of people and in", "Picketers in Ottumwa said they were ready. Plants in Ottumwa and Storm Lake closed.", nil, "Ottumwa"},
		{"a name after a singular noun and of still speaks", "A friend of Jessica Rivera said she left.", []Actor{person("Jessica Rivera", "")}, ""},
		{"holiday is no person", "A further session is expected before Christmas.", nil, ""},
		{"holiday before a weekday", "Officials met on Easter Sunday.", nil, ""},
		{"holiday after a verb", "Talks broke down after Thanksgiving, Kerry said.", []Actor{person("Kerry", "")}, ""},
		{"island named after a holiday", "Ships anchored at Christmas Island.", nil, "Christmas Island"},
		{"holiday with its day", "Elian was found Thanksgiving Day, Kerry said.", []Actor{person("Elian", ""), person("Kerry", "")}, ""},
		{"holiday with a hyphenated name", "The truce begins on Eid al-Adha, Kerry said.", []Actor{person("Kerry", "")}, ""},
		{"holiday starting a name", "Christmas Abbott said so.", []Actor{person("Christmas Abbott", "")}, ""},
		{"acronym of a listed organisation", "The ICRC said it would help.", []Actor{orga("International Committee of the Red Cross")}, ""},
		{"name after the is no person", "Viewers watched the Olympics.", nil, ""},
		{"minister of a portfolio", "Minister of Foreign Affairs Sergei Lavrov spoke.", []Actor{person("Sergei Lavrov", "Minister of Foreign Affairs")}, ""},
		{"portfolio before a title", "Environment Minister Robert Hill spoke.", []Actor{person("Robert Hill", "Environment Minister")}, ""},
		{"then- before a title", "He met then-Secretary of State Hillary Clinton.", []Actor{person("Hillary Clinton", "then-Secretary of State")}, ""},
		{"ambassador to an organisation", "U.S. Ambassador to the United Nations Samantha Power spoke.", []Actor{person("Samantha Power", "U.S. Ambassador to the United Nations")}, ""},
		{"envoy's bare state is the subject", "The Syria envoy said so.", nil, ""},
		{"state's first name", "Israel Katz said so.", []Actor{person("Israel Katz", "")}, ""},
		{"travel to", "John Kerry made a visit to Geneva.", []Actor{person("John Kerry", "")}, "Geneva"},
		{"city of", "Shells fell in the besieged city of Taiz.", nil, "Taiz"},
		{"facility without a city", "They met at Camp David.", nil, "Camp David"},
		{"city and state keep the city", "They met in Geneva, Switzerland, on Friday.", nil, "Geneva"},
		{"list of places", "Talks in Moscow and Washington went on.", nil, "Moscow"},
		{"unlisted place", "Rebels shelled positions in Jobar.", nil, "Jobar"},
		{"a clause after in is no place", "Jets killed dozens of soldiers in what Washington called a mistake.", []Actor{state("United States")}, ""},
		{"a sentence of capitalised words and a short verb", "Israeli Prime Minister Benjamin Netanyahu met U.S. President Joe Biden on Wednesday.",
			[]Actor{person("Benjamin Netanyahu", "Israeli Prime Minister"), person("Joe Biden", "U.S. President")}, ""},
		{"first place wins", "In Geneva, the envoys spoke of the fighting in Aleppo.", nil, "Geneva"},
		{"plural demonym", "Americans and Russians disagreed.", nil, ""},
		{"state visited", "Kim Jong Un visited Russia on Wednesday.", []Actor{person("Kim Jong Un", "")}, "Russia"},
		{"capital toured", "Antony Blinken toured Kyiv on Monday.", []Actor{person("Antony Blinken", "")}, "Kyiv"},
		{"region visited after an adjective", "Antony Blinken visited war-torn Syria.", []Actor{person("Antony Blinken", "")}, "Syria"},
		{"possessive state before a region is no first name", "Kim Jong Un visited Russia's Far East.", []Actor{person("Kim Jong Un", "")}, "Russia"},
		{"a place before a trip noun", "Xi Jinping's Moscow visit was a success.", []Actor{person("Xi Jinping", "")}, "Moscow"},
		{"a region before a trip noun", "Antony Blinken began a Middle East tour.", []Actor{person("Antony Blinken", "")}, "Middle East"},
		{"a capital before a verb of travel acts", "Moscow visits Beijing.", []Actor{state("Russia")}, "Beijing"},
		{"person visited is no place", "Antony Blinken visited Netanyahu on Monday.", []Actor{person("Antony Blinken", ""), person("Netanyahu", "")}, ""},
		{"future travel is the event", "Emmanuel Macron will travel to Israel on Tuesday.", []Actor{person("Emmanuel Macron", "")}, "Israel"},
		{"reported future travel is no place", "Emmanuel Macron's office said on Sunday that the French president would travel to Israel.",
			[]Actor{person("Emmanuel Macron", ""), {Name: "France", Role: "president", Type: State}}, ""},
		{"reported future visit is no place nor actor", "Officials said on Monday that Antony Blinken plans to visit Kyiv.", []Actor{person("Antony Blinken", "")}, ""},
		{"reported future arrival is no place", "Officials said on Monday that Antony Blinken would arrive in Doha.", []Actor{person("Antony Blinken", "")}, ""},
		{"an arrival is the place", "Antony Blinken arrived in Doha on Monday, officials said.", []Actor{person("Antony Blinken", "")}, "Doha"},
		{"a capital acting in a clause after in a noun", "Rebels shelled the city on Sunday, in a move Damascus condemned.", []Actor{state("Syria")}, ""},
		{"a possessive capital before a stance acts", "John Kerry arrived in Moscow at Washington's request.", []Actor{person("John Kerry", ""), state("United States")}, "Moscow"},
		{"a possessive state before a stance acts", "It marked a change in Israel's position.", []Actor{state("Israel")}, ""},
		{"a possessive state before a part of it is a place", "Shells fell in Syria's war-torn north.", nil, "Syria"},
		{"a capital after by acts", "Rebels shelled the city, in a move condemned by Damascus.", []Actor{state("Syria")}, ""},
		{"a capital after by before a noun is no actor", "The road by Damascus airport was shut.", nil, ""},
		{"a capital after by before who is no state", "Cornwallis was outmaneuvered by Washington, who attacked.", nil, ""},
		{"a capital after in the noun is a place", "Explosions in the capital Kyiv were heard on Monday.", nil, "Kyiv"},
		{"regnal number", "King Abdullah II met Biden.", []Actor{person("Abdullah II", "King"), person("Biden", "")}, ""},
		{"regnal number and state", "King Abdullah II of Jordan met Biden.", []Actor{person("Abdullah II", "King of Jordan"), person("Biden", "")}, ""},
		{"title, name and state", "President Emmanuel Macron of France spoke.", []Actor{person("Emmanuel Macron", "President of France")}, ""},
		{"regnal number with a possessive", "Henry VIII's wives died.", []Actor{person("Henry VIII", "")}, ""},
		{"the Quad", "Quad leaders met in Tokyo.", []Actor{orga("Quad")}, "Tokyo"},
		{"an agency's full name is its acronym", "The UN Relief and Works Agency said it would close.", []Actor{orga("UNRWA")}, ""},
		{"an acronym of five capitals when listed", "UNESCO said the site was damaged.", []Actor{orga("UNESCO")}, ""},
		{"an armed force of a state", "The IDF said it struck Gaza.", []Actor{orga("Israel Defense Forces")}, ""},
		{"an alias of an armed group", "The Wagner mercenary group said it took Bakhmut.", []Actor{orga("Wagner Group")}, ""},
		{"name without regnal number is the king", "King Charles III spoke. Charles said so.", []Actor{person("Charles III", "King")}, ""},
		{"regnal number after a ruler's name", "Louis XVI was executed in Paris.", []Actor{person("Louis XVI", "")}, "Paris"},
		{"regnal number after a pope's names", "John Paul II visited Poland.", []Actor{person("John Paul II", "")}, "Poland"},
		{"regnal number after a title", "King Mswati III spoke.", []Actor{person("Mswati III", "King")}, ""},
		{"regnal number of an ancient king", "Darius III fled.", []Actor{person("Darius III", "")}, ""},
		{"a family's number after a full name", "Joseph P. Kennedy III spoke.", []Actor{person("Joseph P. Kennedy III", "")}, ""},
		{"a number after a law is no person", "Title IX complaints doubled, Kerry said.", []Actor{person("Kerry", "")}, ""},
		{"a number after a programme is no person", "The crew of Apollo XI landed, NASA said.", []Actor{orga("NASA")}, ""},
		{"a number after an event is no person", "Super Bowl XL was played in Detroit.", nil, "Detroit"},
		{"a number after a state is no state", "Pope Francis praised Vatican II.", []Actor{person("Francis", "Pope")}, ""},
		{"a number after a capital is an accord", "Russia said the Minsk II accord was dead.", []Actor{state("Russia")}, ""},
		{"a treaty of an organisation word is no organisation", "France signed the Treaty of Alliance with Spain.", []Actor{state("France"), state("Spain")}, ""},
		{"a lone surname before a visit", "Lavrov visited Ankara on Monday.", []Actor{person("Lavrov", "")}, "Ankara"},
		{"a lone surname before an arrival", "Putin arrived in Beijing on Wednesday.", []Actor{person("Putin", "")}, "Beijing"},
		{"a lone surname before hosted", "Erdogan hosted Putin on Tuesday.", []Actor{person("Erdogan", ""), person("Putin", "")}, ""},
		{"a dateline is no actor", "KYIV, May 15 (Reuters) - Ukrainian President Volodymyr Zelenskiy spoke.", []Actor{person("Volodymyr Zelenskiy", "Ukrainian President")}, ""},
		{"a dateline with its state", "CANBERRA, Australia (AP)_ The airline said it would expand.", nil, ""},
		{"a dateline with a dash", "GAZA — Israeli jets struck Rafah, Hamas said.", []Actor{state("Israel"), orga("Hamas")}, ""},
		{"capitals starting a sentence are no dateline", "UN, Russian and US officials met in Geneva.", []Actor{orga("United Nations"), {Name: "Russia", Role: "officials", Type: State}, {Name: "United States", Role: "officials", Type: State}}, "Geneva"},
		{"a list of demonyms before a body noun", "Turkish, Russian and Ukrainian officials met in Istanbul.", []Actor{{Name: "Turkey", Role: "officials", Type: State}, {Name: "Russia", Role: "officials", Type: State}, {Name: "Ukraine", Role: "officials", Type: State}}, "Istanbul"},
		{"a list of demonyms and no body noun", "Turkish, Russian and Ukrainian wheat is cheap.", nil, ""},
		{"near a place", "Fighting raged near Vovchansk on Monday.", nil, "Vovchansk"},
		{"an unlisted place after from", "Troops withdrew from Vovchansk, officials said.", nil, ""},
		{"a person after to", "He sent a letter to Putin.", []Actor{person("Putin", "")}, ""},
		{"a possessive after through", "Aid flowed through Zia's Pakistan.", []Actor{person("Zia", ""), state("Pakistan")}, ""},
		{"a listed company", "Meta said it would appeal.", []Actor{orga("Meta")}, ""},
		{"chief executive", "Apple agreed to pay, Chief Executive Tim Cook said.", []Actor{orga("Apple"), person("Tim Cook", "Chief Executive")}, ""},
		{"a title of the appositive name", "Blinken met Qatar's emir, Sheikh Tamim bin Hamad Al Thani, in Doha.", []Actor{person("Blinken", ""), person("Tamim bin Hamad Al Thani", "Qatari emir")}, "Doha"},
		{"a capital with its article", "South Africa brought the case to the court in The Hague.", []Actor{state("South Africa")}, "The Hague"},
		{"a portfolio word starting an organisation", "Sergei Shoigu became secretary of the Security Council.", []Actor{person("Sergei Shoigu", ""), {Name: "United Nations Security Council", Role: "secretary", Type: Organization}}, ""},
		{"a tournament is no person", "Jannik Sinner pulled out of the Italian Open.", []Actor{person("Jannik Sinner", "")}, ""},
		{"a party's name", "Georgia's ruling Georgian Dream party won the election.", []Actor{state("Georgia"), orga("Georgian Dream")}, ""},
		{"a party's name of one word", "Netanyahu's Likud party won.", []Actor{person("Netanyahu", ""), orga("Likud")}, ""},
		{"a letter is no person", "Markets rallied, with the S&P 500 up 2.5 percent.", nil, ""},
		{"a people's adjective before a body noun", "The government and Tigrayan forces signed a deal.", nil, ""},
		{"a person named before a body noun", "Bashar al-Assad spoke. Assad forces advanced.", []Actor{person("Bashar al-Assad", "")}, ""},
		{"a list of places after visited", "Donald Trump visited Saudi Arabia, Qatar and the United Arab Emirates.", []Actor{person("Donald Trump", "")}, "Saudi Arabia"},
		{"a demonym before missiles", "Pakistan's army said Indian missiles struck three air bases.", []Actor{state("Pakistan"), state("India")}, ""},
		{"sports clubs", "Real Madrid beat Borussia Dortmund at Wembley.", []Actor{orga("Real Madrid"), orga("Borussia Dortmund")}, "Wembley"},
		{"special counsel", "Special Counsel Jack Smith met Justice Department officials.", []Actor{person("Jack Smith", "Special Counsel"), orga("Justice Department")}, ""},
		{"a place before a topic noun", "Russia suspended its participation in the Black Sea grain deal.", []Actor{state("Russia")}, ""},
		{"a place before ceasefire talks", "Egypt took part in the Gaza ceasefire talks.", []Actor{state("Egypt")}, ""},
		{"a state before a topic noun", "Britain stayed in the Iran nuclear deal.", []Actor{state("United Kingdom")}, ""},
		{"a city before talks", "Iran took part in the Geneva talks.", []Actor{state("Iran")}, "Geneva"},
		{"a place before a topic noun and its head", "Yigal Amir shot Yitzhak Rabin at a Tel Aviv peace rally.", []Actor{person("Yigal Amir", ""), person("Yitzhak Rabin", "")}, "Tel Aviv"},
		{"a place before a lowercase word", "Fighting raged in eastern Ukraine on Monday.", nil, "Ukraine"},
		{"a commodity is no person", "Oil rose, with Brent crude up 1 percent.", nil, ""},
		{"a weapon is no person", "Zelenskiy urged allies to deliver more Patriot air defence systems.", []Actor{person("Zelenskiy", "")}, ""},
		{"a company's model is no actor", "An Iran Air Boeing 737 landed in Moscow.", nil, "Moscow"},
		{"a company's model code", "The airline ordered 20 Airbus A320s.", nil, ""},
		{"an organisation before a count", "NATO 50 years ago was smaller, the State Department said.", []Actor{orga("NATO"), orga("State Department")}, ""},
		{"a company before a number of its own", "Boeing's 737 deliveries fell.", []Actor{orga("Boeing")}, ""},
		{"at a government body's building", "Mark Carney met Trump at the White House on May 6.", []Actor{person("Mark Carney", ""), person("Trump", "")}, "White House"},
		{"a government body acts", "The White House said it was encouraged.", []Actor{orga("White House")}, ""},
		{"a compound adjective is no place", "North Korean troops massed near the Sino-Korean border.", []Actor{{Name: "North Korea", Type: State}}, ""},
		{"a compound adjective is no person", "Washington sent a Franco-American force of 17,000 men.", []Actor{state("United States")}, ""},
		{"an organisation's head of state is no one", "Emmanuel Macron made the first state visit by an EU head of state since Brexit.", []Actor{person("Emmanuel Macron", "")}, ""},
		{"a state's head of state", "The French head of state said so.", []Actor{{Name: "France", Role: "head of state", Type: State}}, ""},
		{"a strike on a place", "A Russian missile strike on Sumy killed 35 people.", []Actor{state("Russia")}, "Sumy"},
		{"a strike on an unlisted adjective", "The decision was not linked to Monday's attack on the Crimean bridge.", nil, ""},
		{"talks on a place", "Talks on Syria resumed.", nil, ""},
		{"a strike on a modifier", "Iran's attack on the U.S.-flagged tanker failed.", []Actor{state("Iran")}, ""},
		{"a village of a name", "Russian forces captured the village of Novopil.", []Actor{state("Russia")}, ""},
		{"a general staff", "Ukraine's General Staff said 1,120 soldiers were killed.", []Actor{state("Ukraine"), orga("General Staff")}, ""},
		{"unlisted words before a title", "Senate Majority Leader John Thune said the vote would take place.", []Actor{person("John Thune", "Senate Majority Leader")}, ""},
		{"an unlisted organisation before a title", "Fed Chair Jerome Powell spoke.", []Actor{person("Jerome Powell", "Fed Chair")}, ""},
		{"a lowercase word before a title", "Good for Attorney General Janet Reno.", []Actor{person("Janet Reno", "Attorney General")}, ""},
		{"military ranks", "Lieutenant General James Dubik praised Iran.", []Actor{person("James Dubik", "Lieutenant General"), state("Iran")}, ""},
		{"a title of the name after a role", "Qatari Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani spoke.", []Actor{person("Mohammed bin Abdulrahman Al Thani", "Qatari Prime Minister")}, ""},
		{"an emperor", "Trump met Emperor Naruhito in Tokyo.", []Actor{person("Trump", ""), person("Naruhito", "Emperor")}, "Tokyo"},
		{"companies named by their trade", "Toyota Motor and Nippon Steel said they would invest.", []Actor{orga("Toyota Motor"), orga("Nippon Steel")}, ""},
		{"a title word ending a name", "Martin Luther King spoke.", []Actor{person("Martin Luther King", "")}, ""},
		{"a storm is no person", "Typhoon Ragasa hit Hong Kong on Wednesday.", nil, "Hong Kong"},
		{"where a disaster struck", "An earthquake struck Cebu on Thursday.", nil, "Cebu"},
		{"where a disaster struck, after an adjective", "A powerful typhoon hit northern Luzon.", nil, "Luzon"},
		{"a hit with no disaster", "Trump hit Biden over taxes.", []Actor{person("Trump", ""), person("Biden", "")}, ""},
		{"a figure of a storm", "A storm of criticism hit Bannon.", []Actor{person("Bannon", "")}, ""},
		{"the target of an attack, and where it struck", "The attacks on the U.S. embassies in Kenya killed 213 people.", nil, "Kenya"},
		{"a verbal attack names no place", "Putin launched a scathing attack on the US.", []Actor{person("Putin", "")}, ""},
		{"a tropical storm", "Tropical Storm Helene weakened, Governor Ron DeSantis said.", []Actor{person("Ron DeSantis", "Governor")}, ""},
		{"a ship after its prefix", "Mark Carney spoke. The USS Carney shot down drones.", nil, ""},
		{"a ship is no actor", "Houthis attacked the tanker MV Sounion in the Red Sea.", []Actor{orga("Houthis")}, "Red Sea"},
		{"a company with a ship's prefix", "RMS International Inc. said it would seek financing.", []Actor{orga("RMS International Inc.")}, ""},
		{"the Channel is no person", "More migrants cross the Channel in small boats.", nil, ""},
		{"Brexit is no person", "Trade has fallen since Brexit, Starmer said.", []Actor{person("Starmer", "")}, ""},
		{"Christian as a given name", "Germany fired its finance minister, Christian Lindner.", []Actor{state("Germany"), person("Christian Lindner", "finance minister")}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkLast(t, tt.text, tt.actors, tt.place)
		})
	}
}

// checkLast checks the actors and place of the last sentence of text.
func checkLast(t *testing.T, text string, actors []Actor, place string) {
	t.Helper()
	spans := sentence.Split(text)
	a := Analyze(text, spans)
	i := len(spans) - 1
	if got := a.Actors(i); !slices.Equal(got, actors) {
		t.Errorf("Actors = %v, want %v", got, actors)
	}
	if got := a.Place(i); got != place {
		t.Errorf("Place = %q, want %q", got, place)
	}
}

// TestNegative checks words that name no actor and no place.
func TestNegative(t *testing.T) {
	tests := []struct {
		name, text string
		actors     []Actor // the actors that are there
		place      string
	}{
		{"sentence-initial The and But", "The talks resumed. But the sides disagreed.", nil, ""},
		{"months", "In July the talks stalled and in late August they resumed.", nil, ""},
		{"weekday", "Friday’s talks were postponed until Monday.", nil, ""},
		{"month abbreviation", "After missing a target date of Aug. 1, the envoy said talks would resume.", nil, ""},
		{"city is no person", "Aleppo was shelled again on Friday.", nil, ""},
		{"city after in is a place", "Heavy fighting raged in Aleppo.", nil, "Aleppo"},
		{"quoted name", "“Assad must go,” the protesters chanted.", nil, ""},
		{"quoted place", "“We will never leave Aleppo or meet in Geneva,” a commander said.", nil, ""},
		{"sentence-initial common word", "Successive rounds of talks have failed.", nil, ""},
		{"demonym alone", "The Syrian crisis deepened as Western powers argued.", nil, ""},
		{"state as a topic", "The Syria talks and the Iran deal were discussed.", nil, ""},
		{"state after from", "Aid arrived from Turkey.", nil, ""},
		{"topic preposition", "Ministers spoke about Syria.", nil, ""},
		{"capital modifier", "The Moscow talks ended.", nil, ""},
		{"capital after to is no actor", "He sent a letter to Moscow.", nil, ""},
		{"regions", "Gulf states and the Middle East watched.", nil, ""},
		{"compound with a state", "The U.S.-led coalition struck again.", nil, ""},
		{"pronoun", "He said they would meet.", nil, ""},
		{"ethnic adjective", "Kurdish forces advanced in the north.", nil, ""},
		{"headline in title case", "Talks Resume In Geneva After Long Pause", nil, "Geneva"},
		{"in the name of", "They acted in the name of Peace.", nil, ""},
		{"news agency", "The Associated Press reported the deal, citing Reuters.", nil, ""},
		{"a plural before a visit", "Inspectors visited the site.", nil, ""},
		{"a mass noun before a travel verb", "Calm returned to the city.", nil, ""},
		{"a number after a common word", "Episode IV was released.", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spans := sentence.Split(tt.text)
			a := Analyze(tt.text, spans)
			var got []Actor
			place := ""
			for i := range spans {
				got = append(got, a.Actors(i)...)
				if p := a.Place(i); p != "" && place == "" {
					place = p
				}
			}
			if !slices.Equal(got, tt.actors) {
				t.Errorf("Actors = %v, want %v", got, tt.actors)
			}
			if place != tt.place {
				t.Errorf("Place = %q, want %q", place, tt.place)
			}
		})
	}
}

// TestCoreference checks how names are resolved across an article.
func TestCoreference(t *testing.T) {
	tests := []struct {
		name, text string
		want       [][]Actor // actors of each sentence, roles dropped
	}{
		{
			"surname before the full name",
			"Kerry spoke first. Later, US Secretary of State John Kerry left.",
			[][]Actor{{person("John Kerry", "")}, {person("John Kerry", "")}},
		},
		{
			"surname without a full name stays as written",
			"Kerry, Lavrov talk. Lavrov said no.",
			[][]Actor{{person("Kerry", ""), person("Lavrov", "")}, {person("Lavrov", "")}},
		},
		{
			"particle surname",
			"Staffan de Mistura spoke. Later de Mistura left. Mistura said so.",
			[][]Actor{{person("Staffan de Mistura", "")}, {person("Staffan de Mistura", "")}, {person("Staffan de Mistura", "")}},
		},
		{
			"hyphenated particle",
			"Bashar al-Assad spoke. Assad said no.",
			[][]Actor{{person("Bashar al-Assad", "")}, {person("Bashar al-Assad", "")}},
		},
		{
			"nearest full name wins",
			"George Bush spoke. Bush left. Then Jeb Bush spoke. Bush said no.",
			[][]Actor{{person("George Bush", "")}, {person("George Bush", "")}, {person("Jeb Bush", "")}, {person("Jeb Bush", "")}},
		},
		{
			"aliases of states and organisations",
			"Russia and the U.N. spoke. The Russian Federation and the United Nations agreed. Moscow said so, and UN officials agreed.",
			[][]Actor{
				{state("Russia"), orga("United Nations")},
				{state("Russia"), orga("United Nations")},
				{state("Russia"), orga("United Nations")},
			},
		},
		{
			"surname before a visit is the full name",
			"Russian Foreign Minister Sergei Lavrov spoke on Sunday. Lavrov visited Ankara on Monday.",
			[][]Actor{{person("Sergei Lavrov", "")}, {person("Sergei Lavrov", "")}},
		},
		{
			"a full name that ends a longer one is that person",
			"Iran's chief negotiator, Ali Bagheri Kani, spoke. Bagheri Kani met Enrique Mora.",
			[][]Actor{{person("Ali Bagheri Kani", "")}, {person("Ali Bagheri Kani", ""), person("Enrique Mora", "")}},
		},
		{
			"known name after in is a person",
			"John Kerry arrived. In Kerry’s view, the talks went well.",
			[][]Actor{{person("John Kerry", "")}, {person("John Kerry", "")}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spans := sentence.Split(tt.text)
			if len(spans) != len(tt.want) {
				t.Fatalf("%d sentences, want %d", len(spans), len(tt.want))
			}
			a := Analyze(tt.text, spans)
			for i, want := range tt.want {
				if got := names(a.Actors(i)); !slices.Equal(got, names(want)) {
					t.Errorf("sentence %d: Actors = %v, want %v", i, got, want)
				}
			}
		})
	}
}

// TestVenue checks the venue and so the kind of meetings.
func TestVenue(t *testing.T) {
	tests := []struct {
		text  string
		venue kind.Venue
		kind  string
	}{
		{"Russian President Vladimir Putin met Kerry in Moscow.", kind.VenueHome, "visit"},
		{"Russian President Vladimir Putin met Kerry in Geneva.", kind.VenueAway, "meeting"},
		{"Russian President Vladimir Putin met Kerry on Friday.", kind.VenueNone, "consult"},
		{"Kremlin officials met Kerry in Sochi.", kind.VenueHome, "visit"},
		{"Russia and Turkey met in Ankara.", kind.VenueHome, "visit"},
		{"Kerry met Lavrov at the Hotel Baur au Lac.", kind.VenueAway, "meeting"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			a := Analyze(tt.text, sentence.Split(tt.text))
			if got := a.Venue(0); got != tt.venue {
				t.Errorf("Venue = %v, want %v", got, tt.venue)
			}
			if got := a.Kind(0); got.Name != tt.kind {
				t.Errorf("Kind = %v, want %s", got, tt.kind)
			}
		})
	}
}

// TestOutOfRange checks that bad indexes and spans name nothing.
func TestOutOfRange(t *testing.T) {
	text := "Kerry met Lavrov in Geneva."
	a := Analyze(text, []sentence.Span{{Start: -1, End: 3}, {Start: 5, End: 500}, {Start: 9, End: 2}})
	for _, i := range []int{-1, 0, 1, 2, 3} {
		if got := a.Actors(i); got != nil {
			t.Errorf("Actors(%d) = %v", i, got)
		}
		if got := a.Place(i); got != "" {
			t.Errorf("Place(%d) = %q", i, got)
		}
	}
	if got := a.Kind(7); got != kind.Other {
		t.Errorf("Kind(7) = %v", got)
	}
	if got := a.Venue(-1); got != kind.VenueNone {
		t.Errorf("Venue(-1) = %v", got)
	}
	empty := AnalyzeDoc("", "", nil)
	if empty.Len() != 0 || empty.LeadActors() != nil || empty.TitleActors() != nil {
		t.Errorf("empty article: %d sentences, lead %v", empty.Len(), empty.LeadActors())
	}
}

// AppendActors and AppendLeadActors append what Actors and LeadActors
// return after what dst has, and look for repeats only among the lead
// actors they append: an actor dst has already is appended again.
func TestAppendActors(t *testing.T) {
	title, text, spans := seed(t)
	a := AnalyzeDoc(title, text, spans)
	lead := a.LeadActors()
	if len(lead) == 0 {
		t.Fatal("the seed article has no lead actors")
	}
	prefix := []Actor{lead[0]}
	for i := -1; i <= a.Len(); i++ {
		got := a.AppendActors(slices.Clone(prefix), i)
		if want := append(slices.Clone(prefix), a.Actors(i)...); !slices.Equal(got, want) {
			t.Errorf("AppendActors(%v, %d) = %v, want %v", prefix, i, got, want)
		}
	}
	if got, want := a.AppendLeadActors(slices.Clone(prefix)), append(slices.Clone(prefix), lead...); !slices.Equal(got, want) {
		t.Errorf("AppendLeadActors(%v) = %v, want %v", prefix, got, want)
	}
}

// fourLetters answers as letters(s) >= 4, on its fast path (four ASCII
// letters first) and off it.
func TestFourLetters(t *testing.T) {
	for _, s := range []string{"", "abc", "abcd", "ABCDE", "ab1d", "ab-cd", "a-b-c", "über", "übe", "1234", "x'yz", "O'Brien", "naïve"} {
		if got, want := fourLetters(s), letters(s) >= 4; got != want {
			t.Errorf("fourLetters(%q) = %v, want %v", s, got, want)
		}
	}
}

// isPunct finds a mark among marks, ASCII or not, as strings.ContainsRune.
func TestIsPunct(t *testing.T) {
	lx := load()
	text := "a, b — c (d) “e” f."
	st := sent{src: text, lower: sameLenLower(text), end: len(text), exact: true}
	st.toks = tokenize(text, st.lower, 0, len(text), lx, nil)
	for _, marks := range []string{",", ",;:)—–.!?", "—–", "(", "“”", "", "x"} {
		for k := -1; k <= len(st.toks); k++ {
			want := k >= 0 && k < len(st.toks) && st.toks[k].p != 0 && strings.ContainsRune(marks, st.toks[k].p)
			if got := st.isPunct(k, marks); got != want {
				t.Errorf("isPunct(%d, %q) = %v, want %v", k, marks, got, want)
			}
		}
	}
}
