package kind

import (
	"slices"
	"strings"
	"testing"
)

func TestClassify(t *testing.T) {
	tests := []struct {
		sentence string
		venue    Venue
		want     string // kind name
		trigger  string
	}{
		// The seed article.
		{"The top diplomats of Russian Federation and the United States are meeting in Geneva to discuss the Syria civil war, the Ukraine crisis and other issues.", VenueAway, "meeting", "meeting"},
		{"Kerry met with Russian President Vladimir Putin in Moscow last month amid media speculation the two world powers were moving closer to increased intelligence sharing and military cooperation regarding Syria.", VenueHome, "visit", "met with"},
		{"Staffan de Mistura, the U.N.’s Syria envoy, told reporters in Geneva earlier this week that Friday’s talks are important and could make progress toward getting back to political negotiations.", VenueAway, "statement", "told reporters"},
		{"Kerry, Lavrov kick off Syria talks in Geneva", VenueAway, "negotiation", "talks"},
		{"The U.N. has been clamoring for a 48-hour cease-fire in beleaguered Aleppo so humanitarian aid can be shipped into the city.", VenueAway, "ceasefire", "cease-fire"},
		{"“I think there’s a shift ... toward postponing “Assad must go” in the name of providing humanitarian assistance to save lives”, Kupchan said.", VenueNone, "statement", "said"},
		{"US Secretary of State John Kerry arrives at the Hotel President Wilson in Geneva", VenueAway, "visit", "arrives at"},
		{"After missing an initial target date of Aug. 1, de Mistura had hoped to restart the intra-Syrian discussions toward political transition in late August.", VenueNone, "intent", "to restart ... discussions"},
		// A clause of background decides nothing when the main clause has a trigger.
		{"Antony Blinken met Benjamin Netanyahu in Jerusalem on Tuesday as mediators pressed for a new ceasefire in Gaza.", VenueHome, "visit", "met"},
		{"Sudan talks open in Jeddah as fighting rages in Khartoum", VenueAway, "negotiation", "talks"},
		{"Talks resumed in Doha amid heavy fighting in Rafah.", VenueAway, "negotiation", "talks"},
		{"Fighting raged in Rafah as talks resumed in Doha.", VenueAway, "attack", "fighting"},
		{"As fighting raged, the sides signed a truce.", VenueNone, "ceasefire", "truce"},
		// A purpose after a meeting decides nothing: the meeting is the event.
		{"Rubio met Turkish officials in Antalya on Thursday in a push to extend the ceasefire.", VenueHome, "visit", "met"},
		{"Mediators met the negotiators in Cairo in a fresh bid to revive the truce.", VenueAway, "mediation", "mediators"},
		{"Envoys met in Doha on Monday in an effort to reach a ceasefire deal.", VenueAway, "meeting", "met"},
		{"The sides agreed a push to extend the ceasefire.", VenueNone, "ceasefire", "ceasefire"},         // no trigger before "push"
		{"Hamas welcomed the latest bid for a truce.", VenueNone, "ceasefire", "truce"},                   // nor before "bid"
		{"Negotiators met late on Saturday in a push to salvage the talks.", VenueNone, "consult", "met"}, // no place
		// A call to a person for a purpose is a consultation; an appeal is not.
		{"President Joe Biden called UAW President Shawn Fain to congratulate him on Wednesday night, the White House said.", VenueNone, "consult", "called ... to congratulate"},
		{"President Andrzej Duda called Tusk on Monday to discuss the transition.", VenueNone, "consult", "called ... to discuss"},
		{"Macron spoke to Starmer in a call with other European leaders.", VenueNone, "consult", "call with"},
		{"The UN called on Iran to discuss its nuclear program.", VenueNone, "negotiation", "discuss"},
		{"Macron called the agreement unacceptable on Thursday.", VenueNone, "other", ""},
		// A call to a person, told by when or what about, is a consultation
		// (CAMEO 040 covers telephone talks); a name given is not.
		{"Macron called Starmer on Tuesday.", VenueNone, "consult", "called ... on"},
		{"French President Emmanuel Macron called Prime Minister Keir Starmer on Tuesday, the Elysee said.", VenueNone, "consult", "called ... on"},
		{"Starmer called Zelensky late Monday after the Oval Office meeting.", VenueNone, "consult", "called ... late"},
		{"Erdogan called Putin yesterday about the grain corridor.", VenueNone, "consult", "called ... about"},
		{"Saddam Hussein called President Bush a liar on Thursday.", VenueNone, "other", ""},
		{"Trump called the ruling political on Thursday night.", VenueNone, "other", ""},
		{"Trump called Putin a tough negotiator on Monday.", VenueNone, "other", ""},
		{"Biden called on Hamas on Monday to free the hostages.", VenueNone, "other", ""},
		{"The union called off the strike on Saturday.", VenueNone, "other", ""},
		{"The so-called coalition of the willing met on Sunday.", VenueNone, "consult", "met"},
		{"The election was called on Monday.", VenueNone, "other", ""},
		{"Scholz called early elections on Monday.", VenueNone, "other", ""},
		// An appeal for a truce is no truce; talks about one are talks.
		{"Biden called for an immediate ceasefire on Thursday.", VenueNone, "other", ""},
		{"The UN urged a truce in Sudan, its spokesman said.", VenueNone, "statement", "said"},
		{"Qatar hosts Gaza ceasefire talks in Doha", VenueAway, "negotiation", "ceasefire talks"},
		{"Israel and Hamas agreed a ceasefire on Sunday.", VenueNone, "ceasefire", "ceasefire"},
		// Arrests, detentions, charges and sentences coerce (CAMEO 17); a
		// heart's arrest does not.
		{"Police arrested more than 40 people in Tbilisi on Sunday night as protesters clashed with riot officers.", VenueNone, "coerce", "arrested"},
		{"An opposition leader was detained on Monday morning, his party said.", VenueNone, "coerce", "detained"},
		{"A man was arrested in connection with the bombings on Wednesday, police said.", VenueNone, "coerce", "arrested"},
		{"Prosecutors charged the former minister with abuse of power on Friday.", VenueNone, "coerce", "charged ... with"},
		{"A court sentenced the journalist to two years in prison.", VenueNone, "coerce", "sentenced"},
		{"Israeli forces killed two Palestinians and arrested five in Jenin.", VenueNone, "attack", "killed"},
		{"Trump threatened to arrest the mayor.", VenueNone, "threat", "threatened to arrest"},
		{"The cardiac arrest of a protester on Sunday caused alarm.", VenueNone, "other", ""},
		{"Police said the man had been arrested.", VenueNone, "statement", "said"},
		{"The rates charged by banks rose.", VenueNone, "other", ""},
		{"Kopp was indicted last year in the October 1998 bombing of a clinic.", VenueNone, "coerce", "indicted"},
		{"A reward is offered for information leading to the arrest of Kopp.", VenueNone, "other", ""},
		{"The arrest of the opposition leader on Monday drew protests.", VenueNone, "coerce", "arrest"},
		{"Police arrest dozens after protests in Tbilisi", VenueNone, "coerce", "arrest"},
		{"A court ordered the release of the activists.", VenueNone, "other", ""},
		// Talks a party hosts.
		{"Turkish President Tayyip Erdogan hosted the talks in Istanbul on Monday.", VenueHome, "negotiation", "hosted ... talks"},
		{"Azerbaijan's President Ilham Aliyev hosted leaders from 70 countries.", VenueHome, "visit", "hosted"},
		{"Egypt will host talks between the sides next week.", VenueNone, "intent", "will host"},
		// Agreeing to act together is an agreement.
		{"The two sides agreed to extend the master contract until Jan. 15 to allow time to negotiate other outstanding issues.", VenueNone, "agreement", "agreed ... to extend"},
		{"The United States and China agreed on Monday to slash tariffs for 90 days after talks in Geneva.", VenueAway, "agreement", "agreed ... to slash"},
		{"US and China agree to pause tariffs for 90 days", VenueNone, "agreement", "agree ... to pause"},
		{"Boeing agreed in July to plead guilty to a fraud charge.", VenueNone, "agreement", "agreed ... to plead"},
		{"UAW reaches tentative deal with Ford, ending strike", VenueNone, "agreement", "reaches ... deal"},
		{"The two leaders agreed to resume talks.", VenueNone, "intent", "agreed to resume ... talks"},
		{"Ukraine and Russia agreed to a 30-day ceasefire in March.", VenueNone, "ceasefire", "ceasefire"},
		{"The union refused to extend the contract.", VenueNone, "other", ""},
		// Rejecting what another kind names is a rejection.
		{"Hamas rejected the latest Israeli ceasefire proposal on Sunday.", VenueNone, "reject", "rejected ... proposal"},
		{"A federal judge in Texas rejected Boeing's plea deal with the Justice Department on Thursday.", VenueNone, "reject", "rejected ... deal"},
		{"Dataproducts had rejected a $15 a share offer from DPC, saying it wasn't adequately financed.", VenueNone, "reject", "rejected ... offer"},
		{"The Senate vetoed the measure.", VenueNone, "reject", "vetoed"},
		{"The sides did not reject the truce.", VenueNone, "other", ""},
		{"Families asked the court to reject the deal in October.", VenueNone, "other", ""},
		{"Saddam accepted a treaty he had rejected in peace talks following the 1988 cease-fire.", VenueNone, "ceasefire", "cease-fire"},
		{"He is a rejected asylum seeker.", VenueNone, "other", ""},
		// A war that breaks out.
		{"More than 9,000 people have been killed since the war erupted on April 15.", VenueNone, "attack", "killed"},
		{"The talks stalled after the war broke out in Sudan.", VenueAway, "negotiation", "talks"},
		{"Fighting broke out in Khartoum on Saturday.", VenueNone, "attack", "fighting broke out"},
		{"A trade war erupted between the two countries.", VenueNone, "other", ""},
		// A target met in the passive.
		{"The deal replaces a previous goal of $100 billion a year, which was set in 2009 and met two years late, in 2022.", VenueNone, "other", ""},
		{"The target was met a year early.", VenueNone, "other", ""},
		{"Kerry was met at the airport by Lavrov.", VenueNone, "consult", "met"},
		{"The two envoys met two years later in Oslo.", VenueAway, "meeting", "met"},
		// Protests: demonstrations, rallies, strikes and walkouts.
		{"Protesters marched through Baku on Saturday to demand that rich countries pay more.", VenueNone, "protest", "marched"},
		{"French farmers blocked roads near Paris on Monday in protest against the deal.", VenueNone, "protest", "protest"},
		{"Farmers in Poland held demonstrations against the deal on Wednesday.", VenueNone, "protest", "demonstrations"},
		{"Castro attended a rally Thursday by media workers in Havana.", VenueNone, "protest", "attended ... rally"},
		{"Stellantis workers went on strike at a plant in Michigan on Tuesday.", VenueNone, "protest", "went on strike"},
		{"About 16,600 Ford workers walked off the job at the Kentucky Truck Plant on Oct. 11.", VenueNone, "protest", "walked off the job"},
		{"Small island states staged a walkout at the summit on Saturday.", VenueNone, "protest", "walkout"},
		{"Resident doctors in England began a five-day strike on Friday.", VenueNone, "protest", "began ... strike"},
		{"The union reached a tentative agreement with Ford on Wednesday, ending a six-week strike.", VenueNone, "agreement", "reached ... agreement"},
		{"Police fired on protesters and killed three people.", VenueNone, "attack", "killed"},
		{"Some 1,500 ethnic Albanians marched Sunday, burning flags to protest the killings.", VenueNone, "protest", "marched"},
		{"Protesters rallied outside the summit in Brussels.", VenueAway, "protest", "rallied"},
		{"China lodged a formal protest with Japan on Monday.", VenueNone, "other", ""},
		{"Rally officials weren't available to comment late yesterday.", VenueNone, "other", ""},
		{"The rally in stocks lifted the index.", VenueNone, "other", ""},
		{"Thousands of people rallied in Tel Aviv on Saturday to demand a deal.", VenueNone, "protest", "rallied"},
		{"Stocks rallied on Monday after the tariff truce.", VenueNone, "agreement", "tariff truce"},
		{"Shares rallied on Monday.", VenueNone, "other", ""},
		{"Republicans rallied behind the bill.", VenueNone, "other", ""},
		{"A Russian missile strike killed two people in Kyiv.", VenueNone, "attack", "missile strike"},
		{"Amir is serving a life sentence for the assassination of Rabin at a Tel Aviv peace rally.", VenueNone, "attack", "assassination"},
		{"Abortion providers were warned that one of them might be targeted for assassination.", VenueNone, "other", ""},
		// Meetings follow the venue.
		{"Kerry met Lavrov on Friday.", VenueNone, "consult", "met"},
		{"Kerry met Lavrov in Geneva on Friday.", VenueAway, "meeting", "met"},
		{"Kerry met Lavrov in Moscow on Friday.", VenueHome, "visit", "met"},
		// Other kinds.
		{"Iranian Foreign Minister Mohammad Javad Zarif spoke by phone with his Turkish counterpart.", VenueNone, "consult", "by phone"},
		{"Turkish President Recep Tayyip Erdogan will visit Moscow next week.", VenueNone, "intent", "will visit"},
		{"The two leaders agreed to meet again in September.", VenueNone, "intent", "agreed to meet"},
		{"Egypt has offered to mediate between Israel and Hamas.", VenueNone, "mediation", "mediate"},
		{"Qatar brokered the prisoner exchange.", VenueNone, "mediation", "brokered"},
		{"The two sides signed a landmark peace agreement in Havana.", VenueAway, "agreement", "signed ... agreement"},
		{"A declaration of principles was signed on May 11 but failed to halt the fighting.", VenueNone, "agreement", "declaration ... signed"},
		{"The peace agreement was signed in Havana.", VenueAway, "agreement", "agreement ... signed"},
		{"The agreement was not signed.", VenueNone, "other", ""},
		// Agreeing a deal, in a headline's present too; hoping to is intent.
		{"Starmer and Macron agree new deal on Channel crossings", VenueNone, "agreement", "agree ... deal"},
		{"Britain and France agreed a new deal on Thursday.", VenueNone, "agreement", "agreed ... deal"},
		{"The EU agrees landmark accord with Mercosur", VenueNone, "agreement", "agrees ... accord"},
		{"The two sides hope to agree a deal by June.", VenueNone, "intent", "to agree ... deal"},
		// A negated trigger decides nothing.
		{"Putin did not attend the BRICS summit in Johannesburg.", VenueAway, "other", ""},
		{"Putin didn’t attend the summit.", VenueAway, "other", ""},
		{"The sides reached no agreement.", VenueNone, "other", ""},
		{"Negotiators failed to reach a deal, and fighting resumed.", VenueNone, "attack", "fighting"},
		{"The two leaders have never met.", VenueNone, "other", ""},
		{"Putin, who did not attend, met Xi in Beijing.", VenueAway, "meeting", "met"},
		{"The ceasefire has not held.", VenueNone, "ceasefire", "ceasefire"},
		{"The war did not end until the treaty was signed in Paris.", VenueAway, "agreement", "treaty ... signed"},
		{"Giap, after having failed repeatedly in direct attacks on French positions, changed strategy.", VenueNone, "attack", "attacks"},
		{"Iran and six world powers reached a framework deal on Thursday.", VenueNone, "agreement", "reached ... deal"},
		{"Russia and Turkey declared a nationwide truce, officials said.", VenueNone, "ceasefire", "truce"},
		{"Both sides accused each other of violating the ceasefire.", VenueNone, "ceasefire", "ceasefire"},
		{"Rebels violated the truce within hours.", VenueNone, "attack", "violated ... truce"},
		{"A U.N. aid convoy reached the besieged town of Madaya.", VenueNone, "aid", "aid convoy"},
		{"The European Union pledged 3 billion euros for Syrian refugees.", VenueNone, "aid", "pledged"},
		{"North Korea threatened to strike the United States.", VenueNone, "threat", "threatened"},
		{"Syrian government forces attacked rebel positions near Aleppo.", VenueNone, "attack", "attacked"},
		{"Russian airstrikes killed 12 civilians in Idlib.", VenueAway, "attack", "airstrikes"},
		{"Hezbollah fighters clashed with Israeli troops, the Israeli military said.", VenueNone, "attack", "clashed"},
		{"Kerry said the sides had agreed on a ceasefire.", VenueNone, "statement", "said"},
		{"“We will attack,” the commander said.", VenueNone, "statement", "said"},
		{"“We will attack if they cross the line.”", VenueNone, "attack", "attack"},
		{"Lavrov made the comments at a joint press conference following negotiations in Geneva.", VenueAway, "negotiation", "negotiations"},
		{"Lavrov made the comments at a joint press conference.", VenueAway, "statement", "comments"},
		{"Russia announced a unilateral ceasefire on Friday.", VenueNone, "ceasefire", "ceasefire"},
		{"Negotiators agreed the outline of a deal for a pause in fighting in Gaza.", VenueNone, "ceasefire", "pause in fighting"},
		{"Mediators pressed for a halt to the fighting around the city.", VenueNone, "ceasefire", "halt to the fighting"},
		{"Fighting resumed in the city.", VenueNone, "attack", "fighting"},
		// A disaster's strike, another sense of an attack's word, a verbal attack.
		{"An earthquake struck Cebu on Thursday.", VenueNone, "other", ""},
		{"A magnitude 6.2 quake struck central Italy.", VenueNone, "other", ""},
		{"The typhoon killed 20 people.", VenueNone, "other", ""},
		{"Floods and landslides killed 12 people in Assam.", VenueAway, "other", ""},
		{"Twenty people were killed in floods in Bihar.", VenueAway, "other", ""},
		{"Two climbers were killed by an avalanche.", VenueNone, "other", ""},
		{"After the earthquake, rebels attacked the town.", VenueNone, "attack", "attacked"},
		{"Rebels attacked an aid convoy in the flood zone.", VenueNone, "attack", "attacked"},
		{"Gunmen killed 20 people in Kabul.", VenueAway, "attack", "killed"},
		{"Lightning struck a house in Texas.", VenueAway, "other", ""},
		{"Storm Ciaran battered the coast, killing two.", VenueNone, "other", ""},
		{"Five people were killed in a car crash.", VenueNone, "other", ""},
		{"A stampede killed 20 pilgrims.", VenueNone, "other", ""},
		{"Troops returned fire and killed two gunmen.", VenueNone, "attack", "killed"},
		{"A flood of fighters attacked the town.", VenueNone, "attack", "attacked"},
		{"Ebola killed more than 11,000 people in West Africa.", VenueAway, "other", ""},
		{"An outbreak of fighting killed 20 people.", VenueNone, "attack", "fighting"},
		{"Rebels shelled the town, killing two.", VenueNone, "attack", "shelled"},
		{"His speech struck a chord with voters.", VenueNone, "other", ""},
		{"The woman was struck by a car.", VenueNone, "other", ""},
		{"The company is fighting a lawsuit.", VenueNone, "other", ""},
		{"Police fought to contain the blaze.", VenueNone, "other", ""},
		{"The Supreme Court on Thursday struck down the law.", VenueNone, "other", ""},
		{"A federal judge struck down the state's abortion ban.", VenueNone, "other", ""},
		{"Apple struck a deal with Samsung.", VenueNone, "agreement", "struck ... deal"},
		{"The bill was killed in committee.", VenueNone, "other", ""},
		{"Senators killed the bill on Friday.", VenueNone, "other", ""},
		{"The two retailers are fighting a price war.", VenueNone, "other", ""},
		{"China and the United States are fighting a trade war.", VenueNone, "other", ""},
		{"The campaign released an attack ad.", VenueNone, "other", ""},
		{"The senator suffered a heart attack.", VenueNone, "other", ""},
		{"A cyberattack hit Sony Pictures.", VenueNone, "attack", "cyberattack"},
		{"Putin launched a scathing attack on the US.", VenueNone, "statement", "scathing attack"},
		{"Russia launched an attack on Ukraine.", VenueNone, "attack", "attack"},
		// Meeting a target or a reception is no meeting, nor is the intent
		// to meet one; meeting people still is.
		{"Union Pacific reported earnings that met analysts' expectations.", VenueNone, "other", ""},
		{"The results met our expectations.", VenueNone, "other", ""},
		{"It was difficult for Sun to meet demand for its computers.", VenueNone, "other", ""},
		{"The countries had to cut their armies in order to meet NATO's standards.", VenueNone, "other", ""},
		{"The plan met with criticism from unions.", VenueNone, "other", ""},
		{"Kerry met with Lavrov in Geneva.", VenueAway, "meeting", "met with"},
		{"The two leaders agreed to meet on Friday.", VenueNone, "intent", "agreed to meet"},
		{"The ministers are due to meet negotiators in Doha.", VenueAway, "intent", "are due to meet"},
		// Courts and boards fight and strike down decisions, not armies.
		{"Prosecutors are fighting the appeal.", VenueNone, "other", ""},
		{"The Justice Department is fighting the decision and filed a notice of appeal on Wednesday.", VenueNone, "other", ""},
		{"Unions are fighting the merger.", VenueNone, "other", ""},
		{"The justices struck down Biden's student loan plan in 2023.", VenueNone, "other", ""},
		{"Fighting resumed in the city after the ruling.", VenueNone, "attack", "fighting"},
		{"Rebels fought government troops for control of the airport.", VenueNone, "attack", "fought"},
		// Aid's agencies and workers speak and act; aid given is aid.
		{"Aid agencies said on Tuesday that trucks had entered Gaza since the truce began.", VenueNone, "statement", "said"},
		{"Aid workers were evacuated from the town.", VenueNone, "other", ""},
		{"The UN delivered aid to the town.", VenueNone, "aid", "delivered ... aid"},
		// A fire, and winds, are a disaster's; gunfire is not.
		{"A fire killed 10 people at a hostel in Mandalay on Saturday.", VenueNone, "other", ""},
		{"A house fire killed three children.", VenueNone, "other", ""},
		{"Five people were killed in a fire at a market.", VenueNone, "other", ""},
		{"Israeli fire killed two Palestinians on Sunday.", VenueNone, "attack", "killed"},
		{"Troops opened fire, killing two.", VenueNone, "attack", "opened fire"},
		{"A flood in Mandalay region in September killed more than 200 people.", VenueAway, "other", ""},
		{"Fierce winds threaten to fan the flames.", VenueNone, "other", ""},
		{"Gunmen in the hills north of the capital killed 20 people.", VenueNone, "attack", "killed"},
		// A weapon that hits.
		{"A Russian missile hit a hospital in Kyiv on Monday.", VenueAway, "attack", "missile ... hit"},
		{"The oil depot was hit by a Ukrainian drone.", VenueNone, "attack", "hit by ... drone"},
		{"A drone strike killed a commander.", VenueNone, "attack", "drone strike"},
		{"Shares hit a record high.", VenueNone, "other", ""},
		{"Airports were hit by a strike of air traffic controllers.", VenueNone, "other", ""},
		// A deal reached, struck or accepted is an agreement, a trade truce
		// too; signing to come is intent.
		{"A deal was reached in September 2024.", VenueNone, "agreement", "deal ... reached"},
		{"The deal mirrors one Trump struck with Japan last week.", VenueNone, "agreement", "deal ... struck"},
		{"The BMA accepted a deal last week.", VenueNone, "agreement", "accepted ... deal"},
		{"No deal was reached.", VenueNone, "other", ""},
		{"Canadian autoworkers ratified a deal with GM on Tuesday.", VenueNone, "agreement", "ratified ... deal"},
		{"The Senate ratified the treaty.", VenueNone, "agreement", "ratified ... treaty"},
		{"The Senate has not ratified the treaty.", VenueNone, "other", ""},
		{"Trump and Xi agreed to a one-year truce in their trade war.", VenueNone, "agreement", "truce ... trade war"},
		{"The two sides agreed a truce in Gaza.", VenueNone, "ceasefire", "truce"},
		{"The two presidents are expected to travel to Washington to sign a broader agreement.", VenueAway, "intent", "to sign ... agreement"},
		{"The two presidents signed a broader agreement.", VenueNone, "agreement", "signed ... agreement"},
		// Refusing, declining, and going without, negate.
		{"The family refused to sign the agreement.", VenueNone, "other", ""},
		{"He declined to discuss details.", VenueNone, "other", ""},
		{"The meeting ended without agreement on a ceasefire.", VenueNone, "consult", "meeting"},
		{"He refused, and signed the agreement.", VenueNone, "agreement", "signed ... agreement"},
		// Intent: hosting, holding, discussing and visiting to come.
		{"Egypt will host an emergency Arab summit on Feb. 27.", VenueNone, "intent", "will host"},
		{"The U.N. Security Council will hold an emergency meeting on Tuesday.", VenueNone, "intent", "will hold ... meeting"},
		{"EU ambassadors will discuss the details in Brussels on Monday.", VenueAway, "intent", "will discuss"},
		{"He said he would visit China in April.", VenueNone, "statement", "said"},
		{"Trump would visit China in April.", VenueNone, "intent", "would visit"},
		{"Talks are set to resume on Monday.", VenueNone, "intent", "set to resume"},
		{"Putin proposed the direct talks last Sunday.", VenueNone, "intent", "proposed ... talks"},
		// A meeting a party hosts for others is a meeting; a leader hosted
		// is a visit.
		{"Egypt hosted the summit.", VenueNone, "meeting", "hosted ... summit"},
		{"Qatar hosted a meeting of Israeli and Hamas negotiators in Doha on Wednesday.", VenueHome, "meeting", "hosted ... meeting"},
		{"NATO leaders agreed on Wednesday to raise spending at a summit in The Hague hosted by the Netherlands.", VenueAway, "meeting", "summit ... hosted by"},
		{"Sheikh Mohammed hosted U.S. envoy Steve Witkoff in Doha on Tuesday.", VenueHome, "visit", "hosted"},
		{"Saudi Arabia will host a summit of Arab leaders in Riyadh next month.", VenueHome, "intent", "will host"},
		// Weapons fired or launched are an attack; a product launched is not.
		{"Iran fired missiles at Tel Aviv on Friday night.", VenueNone, "attack", "fired ... missiles"},
		{"Russia launched 273 drones at Ukraine on Sunday.", VenueNone, "attack", "launched ... drones"},
		{"The company launched a new phone and fired its chief executive.", VenueNone, "other", ""},
		// Agreeing to begin talks is an intent; protesters who gather protest.
		{"The two leaders agreed to begin negotiations on a trade deal by the fall.", VenueNone, "intent", "agreed to begin ... negotiations"},
		{"Negotiations began on Monday.", VenueNone, "negotiation", "negotiations"},
		{"Protesters gathered outside the White House on Thursday.", VenueNone, "protest", "protesters gathered"},
		{"Reporters gathered outside the White House on Thursday.", VenueNone, "other", ""},
		// A summit that was to end is a meeting, whatever came after it.
		{"The agreement came more than 30 hours after the summit was scheduled to end on Friday.", VenueNone, "consult", "summit"},
		{"The agreement came more than 30 hours after the summit in Brussels was scheduled to end on Friday.", VenueAway, "meeting", "summit"},
		// A war that starts is an attack.
		{"It was the largest attack since the start of the war in February 2022.", VenueNone, "attack", "attack"},
		{"The start of the war in February 2022 shocked Europe.", VenueNone, "attack", "start of the war"},
		{"The start of the talks was delayed.", VenueNone, "negotiation", "talks"},
		// After, unless and if start a clause of background, when a
		// trigger other than an announcement comes before.
		{"The talks took place in Istanbul in March 2022, weeks after Russia's invasion.", VenueAway, "negotiation", "talks"},
		{"Trump threatened tariffs unless Moscow agreed to a peace deal.", VenueNone, "threat", "threatened"},
		{"Israel will attack if Hamas rejects the truce.", VenueNone, "attack", "attack"},
		{"They announced the deal after a meeting in Turnberry.", VenueAway, "meeting", "meeting"},
		{"After the talks, rebels attacked the town.", VenueNone, "attack", "attacked"},
		// A meeting at a host's seat is a visit, whatever the venue;
		// the seat named otherwise is no venue.
		{"Modi met Trump at the White House on Thursday.", VenueAway, "visit", "met"},
		{"Xi met Putin in the Kremlin.", VenueNone, "visit", "met"},
		{"Putin and Xi met, at the Kremlin, on Tuesday.", VenueAway, "visit", "met"},
		{"Starmer met Zelensky in Downing Street.", VenueNone, "visit", "met"},
		{"The Kremlin said Putin met Xi in Beijing.", VenueAway, "statement", "said"},
		{"A White House official met reporters.", VenueNone, "consult", "met"},
		{"Macron met Starmer in Paris.", VenueAway, "meeting", "met"},
		// A release of people is its own event (0841); a participle
		// before its noun is no arrest.
		{"The detained activists were released on bail on Tuesday.", VenueNone, "release", "released on bail"},
		{"Hamas released three Israeli hostages on Saturday.", VenueNone, "release", "released ... hostages"},
		{"Israel freed 183 Palestinian prisoners.", VenueNone, "release", "freed ... prisoners"},
		{"The court freed the journalist.", VenueNone, "release", "freed"},
		{"The arrested men appeared in court.", VenueNone, "other", ""},
		{"Police arrested 40 people and later released them.", VenueNone, "coerce", "arrested"},
		{"The company released its earnings report.", VenueNone, "other", ""},
		{"The deal freed up funds for schools.", VenueNone, "other", ""},
		// A newspaper's report with what it reports, and a condemnation,
		// are statements; a report without "that" is none.
		{"The Cape Argus newspaper reported today that a Tanzanian man was arrested.", VenueNone, "statement", "reported today that"},
		{"A newspaper reported on Friday that two journalists were arrested.", VenueNone, "statement", "reported on ... that"},
		{"Iran Saturday condemned the bombing of U.S. embassies.", VenueNone, "statement", "condemned"},
		{"At least 51 people were reported killed in clashes.", VenueNone, "attack", "killed"},
		// Killings and blasts.
		{"Thompson was shot dead outside a hotel.", VenueNone, "attack", "shot dead"},
		{"Kopp is charged with gunning down Dr. Slepian.", VenueNone, "coerce", "charged ... with"},
		{"Gunmen gunned down two police officers.", VenueNone, "attack", "gunned down"},
		{"He was arrested in connection with the deadly embassy blasts.", VenueNone, "coerce", "arrested"},
		{"A bomb blast killed 12.", VenueNone, "attack", "bomb blast"},
		{"Trump blasts Democrats over the budget.", VenueNone, "other", ""},
		{"Israeli warplanes pounded Beirut.", VenueNone, "attack", "pounded"},
		{"Mangione was extradited to New York.", VenueNone, "coerce", "extradited"},
		// Trade measures are sanctions (CAMEO 163), an imposition or a
		// measure aimed at someone; a tariff talked about, threatened,
		// agreed away or lifted is none.
		{"Beijing last Wednesday imposed preliminary anti-dumping duties of 75.8 per cent on Canadian canola seed.", VenueNone, "sanction", "imposed ... duties"},
		{"China launched its anti-dumping probe into canola on Sept. 3.", VenueNone, "sanction", "anti-dumping probe"},
		{"Ottawa slaps 25% surtax on Chinese steel and aluminum from Jan. 1", VenueNone, "sanction", "slaps ... surtax"},
		{"The United States raised its own tariffs on Chinese steel to 25 per cent.", VenueNone, "sanction", "raised ... tariffs"},
		{"The EU adopted new sanctions against Russia's oil sector.", VenueNone, "sanction", "sanctions against"},
		{"Trump threatened to impose tariffs on Canadian goods.", VenueNone, "threat", "threatened"},
		{"Canada and China agreed on Monday to cut tariffs.", VenueNone, "agreement", "agreed ... to cut"},
		{"The two sides agreed to lift tariffs on canola.", VenueNone, "agreement", "agreed ... to lift"},
		{"Washington lifted the tariffs on Canadian lumber.", VenueNone, "other", ""},
		{"Ministers held talks on tariffs in Singapore.", VenueAway, "negotiation", "talks"},
		{"Iran seeks sanctions relief.", VenueNone, "other", ""},
		// A disaster that strikes or kills is no attack, said after the
		// trigger ("as a hurricane") or before a relative clause ("which
		// killed"); a landfall and an evacuation are no event of a kind.
		{"Josephine struck Jamaica as a Category 4 hurricane on Sunday, killing 41 people.", VenueNone, "other", ""},
		{"Josephine struck Jamaica as a Category 4 hurricane on Sept. 17, killing 41 people.", VenueNone, "other", ""},
		{"Gunmen entered the village on Sept. 17, killing 41 people.", VenueNone, "attack", "killing"},
		{"After the floods that ravaged the north of the country last year, gunmen entered the village on Sept. 17, killing 41 people.", VenueNone, "attack", "killing"},
		{"The convoy, on Sept. 17, was ambushed, killing 41 people.", VenueNone, "attack", "ambushed"},
		{"The storm hit less than a year after Hurricane Melissa, which killed dozens of people in Jamaica.", VenueNone, "other", ""},
		{"Josephine made landfall in the early hours of Thursday as a Category 4 hurricane.", VenueNone, "other", ""},
		{"Holness ordered the evacuation of low-lying communities as Hurricane Josephine strengthened.", VenueNone, "other", ""},
		{"Israeli jets struck Gaza as a hurricane of protest grew, killing 41 people.", VenueNone, "attack", "struck"},
		{"The militia, which killed dozens of people in Jamaica, surrendered.", VenueNone, "attack", "killed"},
		{"Rebels struck the convoy as it crossed the bridge.", VenueNone, "attack", "struck"},
		// A participle set off after a disaster's clause has the disaster
		// for its subject, however long that clause; a disaster further
		// into it is none.
		{"Flash floods hit the eastern region of Valencia on Tuesday night, killing at least 95 people.", VenueNone, "other", ""},
		{"A magnitude 6.0 earthquake struck eastern Afghanistan late on Sunday, killing more than 800 people.", VenueNone, "other", ""},
		{"Israeli troops stormed the eastern district of the camp on Tuesday night, killing at least nine people.", VenueNone, "attack", "killing"},
		{"Russian forces shelled the town in the flood zone overnight, killing two.", VenueNone, "attack", "shelled"},
		// A headline tells its news in the present; a killing to come, or a
		// bill killed, is none, nor a disaster's.
		{"Israeli strike kills 20 in Gaza", VenueNone, "attack", "kills"},
		{"Gunmen kill 30 in Nigeria", VenueNone, "attack", "kill"},
		{"Talks collapse; rebels shell city", VenueNone, "attack", "shell city"},
		{"Army shells rebel positions near Goma", VenueNone, "attack", "shells ... positions"},
		{"Russian drone hits Kyiv apartment block", VenueNone, "attack", "drone ... hits"},
		{"The ministry said the strike hit a hospital.", VenueNone, "statement", "said"},
		{"Tehran fires missiles at Tel Aviv", VenueNone, "attack", "fires ... missiles"},
		{"Storm kills 12 in Jamaica", VenueNone, "other", ""},
		{"Floods kill dozens in Spain", VenueNone, "other", ""},
		{"Hamas vowed to kill the hostages.", VenueNone, "other", ""},
		{"The heat could kill thousands this summer.", VenueNone, "other", ""},
		{"Senate kills the bill on Tuesday", VenueNone, "other", ""},
		{"Shell said profits rose.", VenueNone, "statement", "said"},
		{"Shell shares fell 2%.", VenueNone, "other", ""},
		{"Investors bought shells of the firm's old plants.", VenueNone, "other", ""},
		// A reporting verb of a relative clause is not the sentence's: the
		// strongest trigger decides. One of the main clause still does.
		{"Officials who said drones struck the port gave no figures.", VenueNone, "attack", "struck"},
		{"The ministry, which said the strike hit a hospital, condemned it.", VenueNone, "attack", "strike hit"},
		{"The army, which had said rebels attacked a convoy, sent reinforcements.", VenueNone, "attack", "attacked"},
		{"Officials said drones struck the port.", VenueNone, "statement", "said"},
		{"The ministry said the rebels, who attacked a convoy, had fled.", VenueNone, "statement", "said"},
		{"Kerry, who said little, told reporters the talks went well.", VenueNone, "negotiation", "talks"},
		// A label before a colon is a headline's topic: the news after it
		// decides, unless the label is a speaker's.
		{"Sudan fighting: talks open in Jeddah", VenueAway, "negotiation", "talks"},
		{"Gaza ceasefire: Hamas frees 20 hostages", VenueNone, "release", "frees"},
		{"Kerry says: the ceasefire will hold", VenueNone, "statement", "says"},
		{"Sudan fighting: what we know", VenueNone, "attack", "fighting"},
		{"Sudan fighting, talks open in Jeddah", VenueAway, "attack", "fighting"},
		{"Heavy fighting in the north of Sudan: talks open in Jeddah", VenueAway, "attack", "fighting"},
		// Verdicts are convictions (CAMEO 116), jailing legal action (173), prisoners exchanged are
		// released, a sanctions package and a country hit with tariffs are
		// sanctions, money from an emergency fund is aid.
		{"A Paris court convicted former President Nicolas Sarkozy on Thursday of criminal conspiracy.", VenueNone, "convict", "court ... convicted"},
		{"A Moscow court jailed the journalist for seven years on Tuesday.", VenueNone, "coerce", "jailed"},
		{"The court found him guilty of fraud on Monday.", VenueNone, "convict", "found ... guilty"},
		{"The jury found him not guilty.", VenueNone, "other", ""},
		{"The convicted men appealed on Monday.", VenueNone, "other", ""},
		{"A jailed journalist wrote to the court.", VenueNone, "statement", "wrote"},
		{"Ukraine and Russia exchanged 390 prisoners on Friday.", VenueNone, "release", "exchanged ... prisoners"},
		{"Israel released 1,968 Palestinian prisoners on Monday.", VenueNone, "release", "released ... prisoners"}, // a number's comma ends no clause
		{"Israel released 1, 968 prisoners.", VenueNone, "other", ""},
		{"Hamas handed over the last 20 living hostages to the Red Cross.", VenueNone, "release", "handed over ... hostages"},
		{"Russia and Ukraine agreed to exchange 1,000 prisoners each.", VenueNone, "agreement", "agreed ... to exchange"},
		{"EU adopts 19th sanctions package", VenueNone, "sanction", "sanctions package"},
		{"Trump hits India with 50% tariffs", VenueNone, "sanction", "hits ... with ... tariffs"},
		{"The United Nations released $5 million from its emergency fund on Tuesday.", VenueNone, "aid", "emergency fund"},
		// Relations reduced are sanctions' family (CAMEO 16): aid stopped,
		// a treaty suspended, ties cut; aid given stays aid. Expelling
		// people coerces (174).
		{"The United States suspended military aid to Ukraine on March 3.", VenueNone, "sanction", "suspended ... aid"},
		{"Washington froze aid to Colombia on Sunday.", VenueNone, "sanction", "froze ... aid"},
		{"India suspended the Indus Waters Treaty on April 23.", VenueNone, "sanction", "suspended ... treaty"},
		{"Nicaragua severed diplomatic ties with Israel on Oct. 11.", VenueNone, "sanction", "severed ... ties"},
		{"The United States delivered aid to Gaza on Monday.", VenueNone, "aid", "delivered ... aid"},
		{"Aid resumed on Monday after being suspended for a week.", VenueNone, "aid", "aid"},
		{"Russia expelled two British diplomats on Tuesday.", VenueNone, "coerce", "expelled"},
		{"Police fired tear gas at protesters in Nairobi on Tuesday.", VenueNone, "coerce", "fired tear gas"},
		{"Protesters marched through Nairobi on Tuesday.", VenueNone, "protest", "marched"},
		{"Canada retaliates with 25% counter-tariffs on U.S. goods", VenueNone, "sanction", "counter-tariffs"},
		{"Russia hit Ukraine's energy grid with 450 drones overnight.", VenueNone, "attack", "hit ... with ... drones"},
		{"The Pentagon said U.S. forces carried out a strike against a vessel on Tuesday.", VenueNone, "statement", "said"},
		{"U.S. forces carried out a strike against a vessel on Tuesday.", VenueNone, "attack", "carried out a strike"},
		{"Israel carried out a series of strikes on Beirut.", VenueNone, "attack", "carried out ... strikes"},
		{"Workers carried out a survey of the strike zone.", VenueNone, "other", ""},
		// Investigate (CAMEO 09): opening an investigation, inquiry or
		// probe, or investigating; not one expected, nor an anti-dumping
		// probe (a sanction), nor an attack investigated.
		{"Britain's Competition and Markets Authority opened a phase 1 investigation of the deal on Monday.", VenueNone, "investigate", "opened ... investigation"},
		{"The regulator launched a probe into the merger.", VenueNone, "investigate", "launched ... probe"},
		{"Now officials are investigating whether Rudolph is linked to the fraud.", VenueNone, "investigate", "are investigating"},
		{"The CMA said it expected to launch a formal phase 1 investigation if a firm offer was made.", VenueNone, "statement", "said"},
		{"Police opened an investigation into the attack on the convoy.", VenueNone, "attack", "attack"},
		{"The deal still needs approval from the regulator.", VenueNone, "other", ""},
		// An offer is an intent (CAMEO 03); one negated, undecided or a
		// deadline's is none.
		{"Varda Holdings raised its offer for Kestrel Logistics to 455 pence a share on Monday.", VenueNone, "intent", "raised its ... offer"},
		{"Varda made a firm offer for Kestrel on Friday.", VenueNone, "intent", "made ... offer"},
		{"Harbor Freight said on Tuesday it would not make an offer for Kestrel.", VenueNone, "statement", "said"},
		{"Its executives had not yet decided whether to make an offer.", VenueNone, "other", ""},
		{"The sweetened offer has acceptances from more than 50% of shareholders.", VenueNone, "other", ""},
		{"Varda did not raise its offer.", VenueNone, "other", ""},
		// A deadline to reach a deal is no agreement, nor a condition.
		{"Kestrel has until April 1 to reach a deal or the offer period ends, unless the takeover panel agrees to extend it.", VenueNone, "other", ""},
		{"The parties missed a deadline to sign the treaty.", VenueNone, "other", ""},
		{"Kestrel reached a deal with Varda on April 1.", VenueNone, "agreement", "reached ... deal"},
		// A round planned is an intent; approving a deal by a vote an
		// agreement (057 is signing or ratifying), a vote of confidence and
		// an appointment none.
		{"A second round is planned for Friday, he said.", VenueNone, "intent", "round is planned"},
		{"The second round of talks ended on Friday.", VenueNone, "negotiation", "talks"},
		{"Kestrel shareholders voted to approve the takeover by Varda on Thursday.", VenueNone, "agreement", "voted to approve ... takeover"},
		{"Parliament approved the treaty on Tuesday.", VenueNone, "agreement", "approved ... treaty"},
		{"The 200-seat Chamber of Deputies voted 108-91 in favour of the government on Tuesday.", VenueNone, "other", ""},
		{"President Petr Pavel appointed Babis prime minister last Wednesday at Prague Castle.", VenueNone, "other", ""},
		{"If members approve the deal, the strike ends.", VenueNone, "other", ""},
		// A truce's monitors are no truce; a body charged with a task
		// is no charge.
		{"The joint committee charged with monitoring Sudan's 30-day humanitarian truce will hold its first meeting in Jeddah on Sunday.", VenueAway, "intent", "will hold ... meeting"},
		{"Truce monitors to meet in Jeddah Sunday", VenueAway, "intent", "to meet"},
		{"The truce took effect at 6am on Sunday.", VenueNone, "ceasefire", "truce"},
		{"The former minister was charged with fraud.", VenueNone, "coerce", "charged ... with"},
		// A strike anticipated or ended is no protest; a contract
		// ratified is an agreement.
		{"Hog farmers began diverting animals to other packers on Friday, anticipating a walkout.", VenueNone, "other", ""},
		{"Stores stocked up in anticipation of a general strike.", VenueNone, "other", ""},
		{"Workers voted to ratify a new contract on Monday, ending a 17-day strike.", VenueNone, "agreement", "ratify ... contract"},
		{"The 17-day strike ended on Monday.", VenueNone, "other", ""},
		{"Workers walked out on Friday, anticipated by none.", VenueNone, "protest", "walked out"},
		{"The workers went on strike on Friday.", VenueNone, "protest", "went on strike"},
		{"If members approve the contract, workers could return on Tuesday.", VenueNone, "other", ""},
		// A participle set off after its noun tells the noun's event.
		{"The agreement, signed late on Friday at the foreign ministry after three days of talks, will take effect at 6:00 am on Sunday.", VenueNone, "agreement", "agreement , signed"},
		{"The truce, signed in Cairo last Friday, came into force at 6am on Sunday.", VenueNone, "ceasefire", "truce"},
		{"The deal (reached in Doha on Wednesday) was approved by the cabinet.", VenueNone, "agreement", "deal , reached"},
		{"The agreement, as signed, was void.", VenueNone, "other", ""},
		{"The agreement, he said, was good.", VenueNone, "statement", "said"},
		{"After the agreement, signatures were collected.", VenueNone, "other", ""},
		// Raids, power and ground taken, targets struck (kinds9): a raid by
		// police or agents coerces, one by troops attacks, one on money is
		// neither; control taken by a force or of a place is an attack.
		{"Police raided the offices of the opposition party on Monday.", VenueNone, "coerce", "police ... raided"},
		{"Police on Monday raided the offices of the opposition party.", VenueNone, "coerce", "police ... raided"},
		{"FBI agents raided his home in New Jersey.", VenueNone, "coerce", "agents ... raided"},
		{"The office was raided by federal police on Monday.", VenueNone, "coerce", "raided by ... police"},
		{"Israeli troops raided a village near Jenin.", VenueNone, "attack", "raided"},
		{"The government raided the pension fund to pay for the tax cuts.", VenueNone, "other", ""},
		{"The army seized power in a coup on Monday.", VenueNone, "attack", "seized power"},
		{"M23 rebels on Monday took control of the eastern city of Goma.", VenueNone, "attack", "rebels ... took control"},
		{"The RSF seized control of the town of Bara.", VenueNone, "attack", "seized control of ... town"},
		{"The investor group took control of the company.", VenueNone, "other", ""},
		{"Democrats took control of the House.", VenueNone, "other", ""},
		{"Israeli strikes targeted Hezbollah commanders.", VenueNone, "attack", "strikes ... targeted"},
		{"Russia targeted Kyiv with drones overnight.", VenueNone, "attack", "targeted ... with ... drones"},
		{"The plan includes targeted tax cuts.", VenueNone, "other", ""},
		{"The campaign targeted young voters.", VenueNone, "other", ""},
		// Arriving at a building is no visit (kinds9), arriving in a
		// city, or at a host's seat, is.
		{"Delaney arrived at the federal courthouse in Boston on Monday.", VenueHome, "other", ""},
		{"Delaney arrived in court on Monday.", VenueNone, "other", ""},
		{"He arrived at the hospital on Friday.", VenueHome, "other", ""},
		{"Kerry arrived at the airport in Moscow on Monday.", VenueHome, "visit", "arrived at"},
		{"Kerry arrived in Moscow on Monday.", VenueHome, "visit", "arrived in"},
		// The subject of a participle set off is its clause's first words,
		// or what it struck as, not a disaster nearer it (kinds9).
		{"Israeli fire hit a shelter for people displaced by floods, killing five.", VenueNone, "attack", "killing"},
		{"Gunfire hit a camp for families displaced by the earthquake, killing three.", VenueNone, "attack", "killing"},
		{"Flash floods hit the eastern region of Valencia on Tuesday night, killing 95.", VenueNone, "other", ""},
		{"Hurricane Melissa, which killed dozens, hit Cuba.", VenueNone, "other", ""},
		// A headline's verbs that are nouns too are no attack in a sentence
		// (see TestExplainHeadlineArmed).
		{"Rebels shell Goma", VenueNone, "other", ""},
		{"The strike began on Saturday.", VenueNone, "protest", "strike began"},
		// Workers who strike walk out; a deal they strike is a deal.
		{"The union struck for 12 days last year before agreeing a 5% raise.", VenueNone, "protest", "union struck"},
		{"Nurses struck at two hospitals in Minneapolis on Monday.", VenueNone, "protest", "nurses struck"},
		{"Korean shipyard workers strike over pay as talks collapse", VenueNone, "protest", "workers strike"},
		{"The union struck a deal with management on Friday.", VenueNone, "agreement", "struck ... deal"},
		{"A drone struck the port on Monday.", VenueNone, "attack", "struck"},
		// Other.
		{"The weather was fine.", VenueNone, "other", ""},
		{"", VenueNone, "other", ""},
		{"Agreement", VenueNone, "other", ""},
		{"He signed, after long talks, the agreement.", VenueNone, "negotiation", "talks"},
	}
	for _, tt := range tests {
		t.Run(tt.sentence, func(t *testing.T) {
			m := Explain(tt.sentence, tt.venue)
			if m.Kind.Name != tt.want || m.Trigger != tt.trigger {
				t.Errorf("Explain = %v by %q, want %s by %q", m.Kind, m.Trigger, tt.want, tt.trigger)
			}
			if got := ClassifyWith(tt.sentence, tt.venue); got != m.Kind {
				t.Errorf("ClassifyWith = %v, Explain = %v", got, m.Kind)
			}
			if m.Trigger != "" {
				words := Words(tt.sentence[m.Start:m.End])
				tw := strings.Fields(m.Trigger)
				if len(words) == 0 || words[0].Lower != tw[0] {
					t.Errorf("span %q does not start with the trigger %q", tt.sentence[m.Start:m.End], m.Trigger)
				}
			}
		})
	}
	if got := Classify("Kerry met Lavrov in Moscow."); got.Name != "consult" {
		t.Errorf("Classify without a venue = %v, want consult", got)
	}
}

func TestAllAndParse(t *testing.T) {
	want := []Kind{
		{"statement", "010"}, {"intent", "036"}, {"consult", "040"}, {"visit", "042"},
		{"meeting", "044"}, {"mediation", "045"}, {"negotiation", "046"}, {"agreement", "057"},
		{"ceasefire", "0871"}, {"release", "0841"}, {"aid", "07"}, {"investigate", "09"}, {"convict", "116"}, {"reject", "12"}, {"threat", "13"}, {"protest", "14"}, {"sanction", "163"}, {"coerce", "17"}, {"attack", "19"}, {"other", ""},
	}
	if got := All(); !slices.Equal(got, want) {
		t.Fatalf("All = %v, want %v", got, want)
	}
	for _, k := range want {
		for _, s := range []string{k.Name, strings.ToUpper(k.Name), " " + k.Name + " ", k.CAMEO} {
			if s == "" {
				continue
			}
			if got, ok := Parse(s); !ok || got != k {
				t.Errorf("Parse(%q) = %v, %v, want %v", s, got, ok, k)
			}
		}
		if k.Description() == "" {
			t.Errorf("%v has no description", k)
		}
	}
	for s, name := range map[string]string{"043": "visit", "041": "consult", "190": "attack", "070": "aid", "087": "ceasefire", "143": "protest", "129": "reject", "173": "coerce", "084": "release", "16": "sanction", "091": "investigate"} {
		if got, ok := Parse(s); !ok || got.Name != name {
			t.Errorf("Parse(%q) = %v, %v, want %s", s, got, ok, name)
		}
	}
	for _, s := range []string{"", "meet", "999", "visits", "0"} {
		if got, ok := Parse(s); ok {
			t.Errorf("Parse(%q) = %v, want no kind", s, got)
		}
	}
	if d := (Kind{Name: "visit", CAMEO: "999"}).Description(); d != "" {
		t.Errorf("Description of an unknown kind = %q", d)
	}
	if Other.String() != "other" {
		t.Errorf("Other.String() = %q", Other.String())
	}
}

// TestMatchFields checks what Explain tells of the trigger besides its
// kind: its priority, whether the venue decided (a meeting's), and whether
// it reports (a reporting verb, not an announcement).
func TestMatchFields(t *testing.T) {
	tests := []struct {
		sentence      string
		priority      int
		meet, reports bool
	}{
		{"Kerry said the talks were useful.", 10, false, true},
		{"Russia announced a ceasefire.", 85, false, false},
		{"The tariffs were announced on April 2.", 5, false, false},
		{"Kerry met Lavrov in Geneva.", 55, true, false},
		{"Kerry visited Moscow.", 62, false, false},
		{"Israeli airstrikes hit Gaza.", 75, false, false},
		{"Biden launched a scathing attack on Trump.", 76, false, true}, // a statement, as before
		{"The weather was fine.", 0, false, false},
	}
	for _, tt := range tests {
		m := Explain(tt.sentence, VenueAway)
		if m.Priority != tt.priority || m.Meet != tt.meet || m.Reports() != tt.reports {
			t.Errorf("Explain(%q) = priority %d, meet %v, reports %v; want %d, %v, %v",
				tt.sentence, m.Priority, m.Meet, m.Reports(), tt.priority, tt.meet, tt.reports)
		}
	}
}

// TestAtSeat checks the seats of [seat]: with their "at" or "in", in any
// case, and not as a name of their own.
func TestAtSeat(t *testing.T) {
	for s, want := range map[string]bool{
		"Modi met Trump at the White House on Thursday.":      true,
		"Xi met Putin in the Kremlin.":                        true,
		"Starmer met Zelensky in Downing Street on Saturday.": true,
		"Macron met Starmer at the Élysée Palace.":            true,
		"Putin met Modi at Hyderabad House in New Delhi.":     true,
		"The Kremlin said the leaders would meet.":            false,
		"A White House official said on Saturday.":            false,
		"Kerry met Lavrov at the hotel in Geneva.":            false,
		"": false,
	} {
		if got := AtSeat(s); got != want {
			t.Errorf("AtSeat(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestParseTable(t *testing.T) {
	if _, err := parseTable(kindsData); err != nil {
		t.Fatalf("data/kinds.txt: %v", err)
	}
	bad := map[string]string{
		"trigger first":       "10 said\n",
		"no code":             "[statement]\n",
		"twice":               "[a 1]\n[a 2]\n",
		"code twice":          "[a 1]\n[b 1]\n",
		"bad priority":        "[a 1]\nx said\n",
		"upper case":          "[a 1]\n10 Said\n",
		"gap at the end":      "[a 1]\n10 said ...\n",
		"mark at the end":     "[a 1]\n10 said ,\n",
		"mark first":          "[a 1]\n10 , said\n",
		"mark by a gap":       "[a 1]\n10 deal , ... signed\n",
		"two marks":           "[a 1]\n10 deal , , signed\n",
		"two words in one":    "[a 1]\n10 u.n\n",
		"missing kinds":       "[a 1]\n10 said\n",
		"header without end":  "[a 1\n",
		"disaster upper case": "[disaster]\nFlash flood\n",
		"idiom upper case":    "[idiom]\nHeart attack\n",
		"idiom gap first":     "[idiom]\n... struck down\n",
		"seat upper case":     "[seat]\nat the White House\n",
		"participle one word": "[participle]\nthe\n",
	}
	for name, data := range bad {
		if _, err := parseTable(data); err == nil {
			t.Errorf("%s: parseTable(%q) succeeded", name, data)
		}
	}
}

func TestTokenize(t *testing.T) {
	s := "“We will attack,” he said. \"Never,\" she said; “still “Assad must go” here”"
	var quoted, clause []string
	for _, tk := range Words(s) {
		if tk.Quoted {
			quoted = append(quoted, tk.Lower)
		}
		if tk.Clause {
			clause = append(clause, tk.Lower)
		}
	}
	wantQuoted := []string{"we", "will", "attack", "never", "still", "assad", "must", "go", "here"}
	if !slices.Equal(quoted, wantQuoted) {
		t.Errorf("quoted %q, want %q", quoted, wantQuoted)
	}
	wantClause := []string{"we", "he", "never", "she", "still", "assad", "here"}
	if !slices.Equal(clause, wantClause) {
		t.Errorf("clause starts %q, want %q", clause, wantClause)
	}
	// A sentence that began inside a quotation.
	q2 := wordsWhere("the talks go on,” Lavrov said.", func(w Word) bool { return w.Quoted })
	if want := []string{"the", "talks", "go", "on"}; !slices.Equal(q2, want) {
		t.Errorf("quoted %q, want %q", q2, want)
	}
	// A colon marks the word after it, across a quotation mark, and no
	// other mark does.
	colon := wordsWhere("Sudan: talks; “peace”: at 10:30, a (b): c", func(w Word) bool { return w.Colon })
	if want := []string{"talks", "at", "30", "c"}; !slices.Equal(colon, want) {
		t.Errorf("colon starts %q, want %q", colon, want)
	}
	// A comma between digits joins a number; others end a clause.
	clauses := wordsWhere("freed 1,968 men, 2,3 of them, 4, 5 and 6,x", func(w Word) bool { return w.Clause })
	if want := []string{"2,3", "4", "5", "x"}; !slices.Equal(clauses, want) {
		t.Errorf("clause starts %q, want %q", clauses, want)
	}
}

// TestExplainHeadline checks that a headline of two clauses joined by a
// semicolon leads with the first, when it has a kind.
func TestExplainHeadline(t *testing.T) {
	tests := []struct{ title, want, trigger string }{
		{"Talks collapse; rebels shell city", "negotiation", "talks"},
		{"Syrian army declares truce over; aid convoy hit near Aleppo", "ceasefire", "truce"},
		{"Chaos in Goma; rebels shell city", "attack", "shell city"},
		{"Israeli strike kills 20 in Gaza", "attack", "kills"},
		{"Sudan fighting: talks open in Jeddah; envoys upbeat", "negotiation", "talks"},
		{";", "other", ""},
	}
	for _, tt := range tests {
		m := ExplainHeadline(tt.title, VenueNone)
		if m.Kind.Name != tt.want || m.Trigger != tt.trigger || m.End > len(tt.title) {
			t.Errorf("ExplainHeadline(%q) = %v by %q, want %s by %q", tt.title, m.Kind, m.Trigger, tt.want, tt.trigger)
		}
	}
}

// TestExplainHeadlineArmed checks the verbs of a headline that are nouns
// too ([armed-verb]): an attack when a force strikes (a word of [armed],
// or a state the caller knows) and a force or a name is struck, else
// nothing (kinds9).
func TestExplainHeadlineArmed(t *testing.T) {
	states := map[string]bool{"Israel": true, "Israeli": true, "Iran": true, "US": true, "Russia": true}
	armed := func(w string) bool { return states[w] }
	tests := []struct{ title, want, trigger string }{
		{"Israel strikes Iran as talks stall", "attack", "strikes"},
		{"Israel strikes Hezbollah targets as ceasefire talks drag on", "attack", "strikes"},
		{"Israel Strikes Iran As Talks Stall", "attack", "strikes"}, // a state struck, in title case
		{"Rebels shell Goma", "attack", "shell"},
		{"M23 rebels shell Goma as talks stall", "attack", "shell"},
		{"Russia pounds Kyiv with missiles", "attack", "pounds"},
		{"Israeli jets pound Gaza", "attack", "pound"},
		{"US bombs Iran nuclear sites", "attack", "bombs"},
		{"Israel, US strike Iran", "attack", "strike"},
		{"Israel strikes militants in Gaza", "attack", "strikes"},
		// Not a force's strike.
		{"UAW strikes Ford", "other", ""},
		{"Workers strike at Ford plants", "protest", "workers strike"}, // a walkout
		{"Korean shipyard workers strike as wage talks collapse", "protest", "workers strike"},
		{"Israel strikes deal with Hamas", "other", ""},
		{"Israel Strikes Deal With Hamas", "other", ""}, // a capital of title case names nothing
		{"Shell strikes deal with Qatar", "other", ""},
		{"Sterling pounds investors", "other", ""},
		{"Kestrel Logistics rejects Varda's 2.9 billion pound approach", "reject", "rejects"},
		{"Army pound falls against the dollar", "other", ""}, // a force, but no name struck
		{"Nigeria fines Shell over spill", "other", ""},
		{"Court strikes down Trump tariffs", "other", ""},
		{"Israel strikes", "other", ""},
		{"The strike began on Tuesday", "protest", "strike began"},
	}
	for _, tt := range tests {
		m := ExplainHeadlineArmed(tt.title, VenueNone, armed)
		if m.Kind.Name != tt.want || m.Trigger != tt.trigger {
			t.Errorf("ExplainHeadlineArmed(%q) = %v by %q, want %s by %q", tt.title, m.Kind, m.Trigger, tt.want, tt.trigger)
		}
	}
	// Without the caller's states, only a force of [armed] strikes.
	if m := ExplainHeadline("Israel strikes Iran", VenueNone); m.Kind != Other {
		t.Errorf("ExplainHeadline without states = %v, want other", m.Kind)
	}
	if m := ExplainHeadline("Rebels shell Goma", VenueNone); m.Kind.Name != "attack" {
		t.Errorf("ExplainHeadline(Rebels shell Goma) = %v, want attack", m.Kind)
	}
}

// wordsWhere returns the lowercase words of s, as Words splits it, for
// which keep is true.
func wordsWhere(s string, keep func(Word) bool) []string {
	var out []string
	for _, w := range Words(s) {
		if keep(w) {
			out = append(out, w.Lower)
		}
	}
	return out
}

// FuzzClassify checks that any sentence is classified without a panic, the
// same way twice, into a kind of All, with a trigger span inside it.
func FuzzClassify(f *testing.F) {
	for _, s := range []string{
		"Kerry met with Russian President Vladimir Putin in Moscow last month.",
		"“We will attack,” he said. \"“”\" signed ... agreement",
		"signed , agreement signed a b c d e agreement",
		"\xff\xfe talks ’s cease-fire",
		"did not attend the summit until no agreement failed to n't talks won’t meet",
		"to meet the deadline, a fire killed ten; a truce in the trade war refused to sign the fire",
		"met in a push to extend the ceasefire; called Fain to congratulate him; went on strike; a rally in stocks; was set in 2009 and met",
		"Macron called Starmer on Tuesday; called Bush a liar; called for a ceasefire; so-called; the summit in The Hague hosted by; arrested in connection with; cardiac arrest",
		"met Trump at the White House, at, in the; the detained were released on bail; reported Friday that; freed up; condemned the deadly U.S. blasts",
		"The agreement, signed; agreement , , signed; deal (reached; imposed anti-dumping duties; lifted the tariffs on; the surtax is due to take effect; charged with monitoring the truce; anticipating a walkout; ending a 17-day strike",
		"struck Jamaica as a hurricane, killing; Melissa, which killed; as a storm of; opened a phase 1 investigation; has until April 1 to reach a deal unless whether; raised its offer; a second round is planned; voted to approve the takeover",
		"The agreement, struck; protesters pushed past; a jury convicted him but acquitted; found not guilty; a convicted felon; pleaded guilty to killing; voted to approve a bill; signed the deal into law; a fire broke out at the summit venue; launched on Nov. 6",
		"Israel strikes Iran; rebels shell Goma, jets pound; police raided; seized power; rebels took control of; strikes targeted; arrived at the courthouse; displaced by floods, killing",
		"Sudan fighting: talks open; a: b: c; officials who said drones struck; which had said the strike hit; floods hit the region, killing; to kill; kills the bill; shell the city; found him guilty; released 1,968 prisoners; 1,,2; 3,; ,4",
	} {
		f.Add(s, uint8(1))
	}
	all := All()
	f.Fuzz(func(t *testing.T, s string, v uint8) {
		venue := Venue(v % 4)
		m := Explain(s, venue)
		if m != Explain(s, venue) {
			t.Fatal("not deterministic")
		}
		if k := ClassifyLower(s, strings.ToLower(s), venue); k != m.Kind {
			t.Fatalf("ClassifyLower gives %v, Explain %v", k, m.Kind)
		}
		if k := ClassifyWords(Words(s), venue); k != m.Kind {
			t.Fatalf("ClassifyWords gives %v, Explain %v", k, m.Kind)
		}
		if !slices.Contains(all, m.Kind) {
			t.Fatalf("kind %v not in All", m.Kind)
		}
		if m.Start < 0 || m.End > len(s) || m.Start > m.End || (m.Trigger == "") != (m.Kind == Other) {
			t.Fatalf("match %+v of %q", m, s)
		}
		if !Eventful(Words(s)) && m.Kind != Other && m.Kind.Name != "statement" {
			t.Fatalf("Eventful(%q) is false, but its kind is %v", s, m.Kind)
		}
		if m.Uncoded && (m.Kind != Other || m.Trigger != "") {
			t.Fatalf("uncoded match %+v of %q", m, s)
		}
		// As a headline, whose capitalised words the caller calls states.
		states := func(w string) bool { return w != "" && isUpper(w[0]) }
		h := ExplainHeadlineArmed(s, venue, states)
		if h != ExplainHeadlineArmed(s, venue, states) {
			t.Fatal("headline not deterministic")
		}
		if h.Start < 0 || h.End > len(s) || h.Start > h.End || !slices.Contains(all, h.Kind) {
			t.Fatalf("headline match %+v of %q", h, s)
		}
	})
}

// BenchmarkClassify measures Classify on the sentences of the seed article.
func BenchmarkClassify(b *testing.B) {
	sentences := []string{
		"The top diplomats of Russian Federation and the United States are meeting in Geneva to discuss the Syria civil war, the Ukraine crisis and other issues.",
		"Lavrov made the comments at a joint press conference with US Secretary of State John Kerry following negotiations in Geneva, Switzerland.",
		"Kerry met with Russian President Vladimir Putin in Moscow last month amid media speculation the two world powers were moving closer to increased intelligence sharing and military cooperation regarding Syria.",
		"The talks have been complicated since initial meetings in July by new government attacks on opposition groups, and a significant offensive in Aleppo led by opposition fighters intermingled with the Nusra Front, an al Qaeda affiliate.",
	}
	n := 0
	for _, s := range sentences {
		n += len(s)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range sentences {
			Classify(s)
		}
	}
}

// ClassifyWords takes the words it is given, even those Words never
// gives: an empty word matches no trigger, and does not panic.
func TestClassifyWordsEmpty(t *testing.T) {
	s := "Kerry met with Putin in Moscow."
	want := ClassifyWith(s, VenueHome)
	words := Words(s)
	if got := ClassifyWords(append([]Word{{}}, words...), VenueHome); got != want {
		t.Errorf("ClassifyWords with an empty first word = %v, want %v", got, want)
	}
	for _, ws := range [][]Word{nil, {{}}, {{}, {}}} {
		if got := ClassifyWords(ws, VenueHome); got != Other {
			t.Errorf("ClassifyWords(%v) = %v, want %v", ws, got, Other)
		}
	}
}

func TestEventful(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"the leaders would meet again in Chisinau on June 1", true},
		{"talks had failed", true},
		{"a deal was reached", true},
		{"to meet the deadline", true}, // "to meet" may start here: an idiom takes it away later
		// No trigger of an event may match: statements, and first words
		// whose other words are missing.
		{"the weather in Geneva had been fine on Friday", false},
		{"he told reporters in a statement", false},
		{"it was expected to rain", false},         // "expected to travel" needs "travel"
		{"the deal mirrors the one before", false}, // "deal ... reached" needs "reached"
		{"", false},
	}
	for _, tt := range tests {
		words := Words(tt.text)
		if got := Eventful(words); got != tt.want {
			t.Errorf("Eventful(%q) = %v, want %v", tt.text, got, tt.want)
		}
		// When none may match, no span of the words has an event's kind.
		if Eventful(words) {
			continue
		}
		for i := range words {
			for j := i; j <= len(words); j++ {
				if k := ClassifyWords(words[i:j], VenueHome); k != Other && k.Name != "statement" {
					t.Errorf("%q: words %d-%d are %v", tt.text, i, j, k)
				}
			}
		}
	}
	if !Eventful([]Word{{}, {Lower: "talks"}}) {
		t.Error("Eventful skips an empty word and misses the next")
	}
}
