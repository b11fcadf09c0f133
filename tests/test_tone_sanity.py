"""News tone sanity set: hand-written news sentences with the sign a careful reader gives them.

Issue 14.  Written before any model was run on them (so they are not fitted):
neutral reporting from several desks (meetings, prices, counts, datelines in
capitals, schedules, attributions), clearly negative and positive events,
negation, hedges, quotes, and words whose news sense differs from their
everyday one ("outstanding" claims, "safe countries", a "dispute", "critical
care", a "sentence", a "charge", a "fine").  Each sentence is one test against
:func:`analysis.sentiment.score` with the default method's own neutral band.
"""

from __future__ import annotations

import pytest

from analysis import sentiment

NEG, NEU, POS = -1, 0, 1

#: (desk or case, sentence, sign) — the sign is what a careful reader gives.
SENTENCES: tuple[tuple[str, str, int], ...] = (
    # --- Neutral reporting: meetings, schedules, attributions ---------------
    ("schedule", "The committee will meet on Tuesday.", NEU),
    ("schedule", "The Senate is scheduled to vote on the measure next week.", NEU),
    ("schedule", "The museum is open from 10 a.m. to 6 p.m., Tuesday through Sunday.", NEU),
    ("schedule", "Voters in 14 states go to the polls on March 5.", NEU),
    ("schedule", "The bill now goes to the House, where a vote is expected in June.", NEU),
    ("schedule", "The governor will travel to Brussels next month.", NEU),
    ("schedule", "The summit is scheduled for October 14 and 15 in Jakarta.", NEU),
    ("schedule", "Hearings resume on Monday at 9 a.m.", NEU),
    ("schedule", "The orchestra will perform Mahler's Fifth Symphony on Saturday.", NEU),
    ("schedule", "The election will be held on the first Sunday of November.", NEU),
    ("schedule", "The hearing was adjourned until Thursday.", NEU),
    ("schedule", "The prime minister will answer questions in parliament on Wednesday.", NEU),
    ("schedule", "The two sides will meet again in two weeks to continue negotiations.", NEU),
    ("schedule", "The court is expected to rule on the appeal by the end of the year.", NEU),
    ("schedule", "The campaign will launch its first television advertisement on Monday.", NEU),
    ("schedule", "Officials will review the case in July.", NEU),
    ("schedule", "The state will issue new licence plates from January.", NEU),
    ("schedule", "The trial is expected to last three weeks.", NEU),
    ("attribution", "The minister said the talks would continue in Geneva.", NEU),
    ("attribution", "He spoke to reporters outside the courthouse.", NEU),
    ("attribution", "The two leaders spoke by telephone on Sunday, the Kremlin said.", NEU),
    ("attribution", "A spokeswoman for the company confirmed the figures.", NEU),
    ("attribution", "The ministry did not respond to a request for comment.", NEU),
    ("attribution", "He declined to say how many people had applied.", NEU),
    ("attribution", "Ms. Alvarez, 54, has worked at the agency since 1998.", NEU),
    ("attribution", "Mr. Okafor is the party's candidate in the 12th district.", NEU),
    ("attribution", "She was appointed ambassador to Kenya in 2019.", NEU),
    ("attribution", "The panel includes nine judges appointed by three different presidents.", NEU),
    ("attribution", "The school board approved the calendar for the 2025-26 school year.", NEU),
    ("attribution", "The proposal would change how the state funds its schools.", NEU),
    ("attribution", "The FBI and the CIA briefed members of the committee on Thursday.", NEU),
    ("attribution", "NATO defence ministers meet in Brussels on Thursday.", NEU),
    ("attribution", "The U.N. Security Council will take up the resolution next week.", NEU),
    ("attribution", "The WHO said it would hold a briefing at 3 p.m.", NEU),
    ("attribution", "NASA will launch the probe in September.", NEU),
    ("attribution", "The GOP convention opens on July 15 in Milwaukee.", NEU),
    # --- Neutral reporting: prices, money, counts ---------------------------
    ("numbers", "The new bridge is expected to cost $187 million and open in 2027.", NEU),
    ("numbers", "The school enrolled 143 students this autumn.", NEU),
    ("numbers", "A total of 187 candidates applied for the post.", NEU),
    ("numbers", "The ferry carries up to 143 people.", NEU),
    ("numbers", "The city has 86 public libraries and 182 parks.", NEU),
    ("numbers", "The report runs to 312 pages.", NEU),
    ("numbers", "Shares of the company closed at $42.18 on Friday.", NEU),
    ("numbers", "The price of a barrel of Brent crude was $83.40 on Tuesday morning.", NEU),
    ("numbers", "The study followed 4,512 adults over ten years.", NEU),
    ("numbers", "The company employs about 2,300 people in Ohio.", NEU),
    ("numbers", "According to the census, the county had 61,000 residents in 2020.", NEU),
    ("numbers", "Inflation was 3.2 percent in the year to August, the statistics office said.", NEU),
    ("numbers", "The agency said it had received 2,400 comments on the proposal.", NEU),
    ("numbers", "The flight from Chicago landed at 7:45 p.m.", NEU),
    ("numbers", "The railway line runs 143 miles from Leeds to Carlisle.", NEU),
    ("numbers", "The commission published the figures in a 40-page report.", NEU),
    ("numbers", "The ruling party holds 187 of the 350 seats in parliament.", NEU),
    ("numbers", "Temperatures are forecast to reach 31 degrees on Sunday.", NEU),
    ("numbers", "The fund manages $4.2 billion in assets.", NEU),
    ("numbers", "Officials counted 1,204 ballots by hand.", NEU),
    ("numbers", "The company reported revenue of $12.3 billion for the quarter.", NEU),
    ("numbers", "The survey's margin of error is plus or minus 3 percentage points.", NEU),
    ("numbers", "The town of 86,000 people lies on the river.", NEU),
    ("numbers", "Route 182 will be closed for repairs from Monday.", NEU),
    ("numbers", "The party's share of the vote was 32 percent.", NEU),
    ("numbers", "The museum's collection includes 12,000 objects.", NEU),
    ("numbers", "The central bank cut interest rates by a quarter point.", NEU),
    ("numbers", "Demand for steel remained flat in the third quarter.", NEU),
    # --- Datelines in capitals (not shouting) -------------------------------
    ("dateline", "PARADISE COVE, Fla. (AP) — The town council met on Monday evening to review the budget.", NEU),
    (
        "dateline",
        "LONDON (Reuters) - The Bank of England will publish its next interest rate decision on Thursday.",
        NEU,
    ),
    ("dateline", "WASHINGTON (AP) — The Senate is scheduled to vote on the measure next week.", NEU),
    ("dateline", "BERLIN (dpa) — A government spokesman said the cabinet would meet on Wednesday.", NEU),
    (
        "dateline",
        "NEW YORK (AP) — The Metropolitan Transportation Authority released its ridership figures on Monday.",
        NEU,
    ),
    ("dateline", "TOKYO (Kyodo) — The central bank left its key rate unchanged at 0.1 percent.", NEU),
    ("dateline", "PARIS (AFP) — The French government presented its draft budget for next year on Wednesday.", NEU),
    (
        "dateline",
        "MOSCOW (Reuters) - The Russian foreign minister arrived in Ankara on Tuesday for two days of talks.",
        NEU,
    ),
    ("dateline", "DALLAS (AP) — The city council voted 9-6 on Wednesday to rename the street.", NEU),
    ("dateline", "NAIROBI, Kenya (AP) — The Kenyan parliament opened its new session on Tuesday.", NEU),
    ("dateline", "WASHINGTON — The White House announced the nomination on Friday.", NEU),
    (
        "dateline",
        "PARADISE COVE, Fla. (AP) — Three weeks after Hurricane Delia flattened much of this small coastal town, "
        "residents are still living in tents.",
        NEG,
    ),
    (
        "dateline",
        "KYIV, Ukraine (AP) — Russian missiles struck the capital overnight, killing at least nine people.",
        NEG,
    ),
    ("dateline", "SEATTLE (AP) — A Seattle high school robotics team won the national championship on Saturday.", POS),
    # --- Word senses of news ------------------------------------------------
    ("sense", "The Home Office said there were 98,000 outstanding asylum claims at the end of June.", NEU),
    ("sense", "The council said 340 invoices were still outstanding.", NEU),
    (
        "sense",
        "The government sent asylum seekers back to so-called safe countries like Albania, where many said they "
        "faced persecution and violence.",
        NEG,
    ),
    ("sense", "Greece and Italy are listed as safe countries of origin under the rules.", NEU),
    ("sense", "The dispute centres on pay.", NEU),
    ("sense", "The dispute centres on pay and pensions, the union said.", NEU),
    ("sense", "The hospital has 40 critical care beds.", NEU),
    ("sense", "Critical care beds in the region number 214, according to the health board.", NEU),
    ("sense", "The patient remains in critical condition.", NEG),
    ("sense", "The judge will hand down the sentence on Friday.", NEU),
    ("sense", "The judge will pass sentence next month.", NEU),
    ("sense", "The charge for a standard parking permit is $45 a year.", NEU),
    ("sense", "He faces one charge of theft.", NEG),
    ("sense", "The fine for parking in a bus lane is £70.", NEU),
    ("sense", "The judge fined the company $3 million for polluting the river.", NEG),
    ("sense", "The company was fined $5 million for misleading customers.", NEG),
    ("sense", "Police are treating the death as suspicious.", NEG),
    # --- Clearly negative events ---------------------------------------------
    ("negative", "At least 30 people were killed when a bomb exploded at a crowded market.", NEG),
    ("negative", "The hurricane destroyed hundreds of homes and left thousands without power.", NEG),
    ("negative", "The factory will close next year, eliminating 1,200 jobs.", NEG),
    ("negative", "The company lost $2 billion last year and warned of more layoffs.", NEG),
    ("negative", "Unemployment rose to its highest level in a decade.", NEG),
    ("negative", "The senator was charged with bribery and fraud.", NEG),
    ("negative", "He was sentenced to 15 years in prison for the murder of his neighbour.", NEG),
    ("negative", "Critics said the plan was a disaster for working families.", NEG),
    ("negative", "The famine has left millions of children malnourished.", NEG),
    ("negative", "Two firefighters died battling the blaze.", NEG),
    ("negative", "The outbreak has infected more than 4,000 people and killed 87.", NEG),
    ("negative", "Protesters were beaten and tear-gassed by police.", NEG),
    ("negative", "The report found widespread abuse and neglect at the care homes.", NEG),
    ("negative", "Talks collapsed after the union accused management of bad faith.", NEG),
    ("negative", "Stocks plunged as fears of a recession grew.", NEG),
    ("negative", "The minister resigned in disgrace after the scandal.", NEG),
    ("negative", "The drought has ruined crops across the region.", NEG),
    ("negative", "Patients waited up to 12 hours in corridors, and some died before being seen.", NEG),
    ("negative", "The attack was condemned as a war crime by human rights groups.", NEG),
    ("negative", "Rents have soared, pushing many families into poverty.", NEG),
    ("negative", "The bridge collapsed during rush hour, trapping dozens of vehicles.", NEG),
    ("negative", "Investigators said the airline had repeatedly ignored safety warnings.", NEG),
    ("negative", "The mayor's plan was sharply criticized as wasteful and unfair.", NEG),
    ("negative", "Thousands of refugees remain stranded at the border without food or shelter.", NEG),
    ("negative", "The scandal has badly damaged public trust in the police.", NEG),
    ("negative", "Fraud charges against the former executive carry a maximum sentence of 20 years.", NEG),
    ("negative", "The economy shrank for the third straight quarter.", NEG),
    ("negative", "The ceasefire broke down within hours as shelling resumed.", NEG),
    # --- Clearly positive events ---------------------------------------------
    ("positive", "The rescue team pulled all 12 miners out alive.", POS),
    ("positive", "The vaccine was 95 percent effective in preventing severe illness, researchers said.", POS),
    ("positive", "Unemployment fell to a record low, and wages rose faster than prices.", POS),
    ("positive", "The two countries signed a historic peace agreement on Friday.", POS),
    ("positive", "Volunteers rebuilt the school in just six weeks.", POS),
    ("positive", "The new treatment helped patients recover faster.", POS),
    ("positive", "She won the Nobel Prize in Chemistry for her work on batteries.", POS),
    ("positive", "The charity raised $2 million for flood victims.", POS),
    ("positive", "The hostages were released unharmed and reunited with their families.", POS),
    ("positive", "Crime in the city has dropped to its lowest level in 40 years.", POS),
    ("positive", "The team celebrated a remarkable comeback victory.", POS),
    ("positive", "Scientists hailed the discovery as a major breakthrough.", POS),
    ("positive", "The reforms have improved access to clean water for millions.", POS),
    ("positive", "Local businesses say the new park has brought welcome crowds and a boost in sales.", POS),
    ("positive", "The community came together to support the family after the fire.", POS),
    ("positive", "Exports grew strongly, helping the economy recover.", POS),
    ("positive", "The bill passed with broad support from both parties.", POS),
    ("positive", "Doctors said the girl is expected to make a full recovery.", POS),
    ("positive", "The festival drew record crowds and glowing reviews.", POS),
    ("positive", "The company will hire 500 workers at its new plant.", POS),
    ("positive", "The river, once badly polluted, is now clean enough for swimming.", POS),
    ("positive", "The ceasefire has held for a month, allowing aid to reach the city.", POS),
    ("positive", "Teachers praised the program for helping struggling students catch up.", POS),
    ("positive", "The museum's restoration was completed on time and under budget.", POS),
    ("positive", "Survival rates for the cancer have doubled since 1990.", POS),
    ("positive", "The city's new bus service has been a big success, officials said.", POS),
    ("positive", "Her debut novel is a moving, beautifully written story.", POS),
    ("positive", "The court ruled that the workers were owed back pay, a victory for the union.", POS),
    ("positive", "Relief agencies delivered food and medicine to 50,000 people.", POS),
    ("positive", "The agreement will protect the forest for future generations.", POS),
    ("positive", "The club is top of the league after a 3-0 win.", POS),
    # --- Negation -------------------------------------------------------------
    ("negation", "The proposal is not good for consumers, the regulator said.", NEG),
    ("negation", "The plan does not help the poorest families.", NEG),
    ("negation", "The results were not encouraging.", NEG),
    ("negation", "Negotiators made no progress on Thursday.", NEG),
    ("negation", "Residents said they were not happy with the decision.", NEG),
    ("negation", "It was not a good year for the airline.", NEG),
    ("negation", "The scheme did not work.", NEG),
    ("negation", "The government has never been more popular.", POS),
    ("negation", "Nobody expected the rally to be this successful.", POS),
    # --- Hedges ---------------------------------------------------------------
    ("hedge", "The plan could cost the city as much as $40 million.", NEU),
    ("hedge", "The death toll is likely to rise, officials warned.", NEG),
    ("hedge", "The economy may be recovering, some analysts said.", POS),
    ("hedge", "It is unclear whether the talks will resume.", NEU),
    ("hedge", "The results could be announced as early as Friday.", NEU),
    ("hedge", "The virus appears to be spreading rapidly in the north.", NEG),
    ("hedge", "Officials said the bridge would probably reopen in May.", NEU),
    ("hedge", "The deal is reportedly worth about $3 billion.", NEU),
    # --- Quotes ---------------------------------------------------------------
    ("quote", '"This is a tragedy for our town," the mayor said.', NEG),
    ("quote", '"We are thrilled with the result," said the coach.', POS),
    ("quote", '"The committee will publish its findings in April," a spokesman said.', NEU),
    ("quote", '"We will fight for every option that keeps this city connected," she said.', POS),
    ("quote", '"It was a disgrace," he told reporters.', NEG),
    ("quote", '"I have nothing to add," the senator said.', NEU),
    ("quote", '"The hospital saved my life," Ms. Chen said.', POS),
    ("quote", '"We have been left with nothing," said one farmer whose crops were destroyed.', NEG),
    ("quote", '"The vote will take place at noon," the clerk said.', NEU),
    ("quote", "The minister described the report as 'deeply flawed.'", NEG),
    ("quote", '"This agreement is good news for workers and for the country," the union leader said.', POS),
    # --- Written for the failure classes fixed later in issue 14 (before the fix was run on them) ------------
    # A negator reverses its head, not the object after it ("not help the poorest").
    ("negation-scope", "The new rules do not protect abused workers.", NEG),
    ("negation-scope", "The reform did not benefit the weakest schools.", NEG),
    ("negation-scope", "The settlement does not save struggling farms.", NEG),
    ("negation-scope", "The program did not help sick children.", NEG),
    # A misfortune named as the occasion or beneficiary of a good act ("for flood victims", "after the fire").
    ("occasion", "Hundreds of volunteers offered support to families after the disaster.", POS),
    ("occasion", "Donors gave generously to a fund for the injured.", POS),
    ("occasion", "Local restaurants donated free meals to firefighters after the deadly blaze.", POS),
    ("occasion", "The mayor thanked rescue workers for their courage after the earthquake.", POS),
    ("occasion", "The nurse won an award for her work after the tragedy.", POS),
)


#: Sentences the ``news`` method still gets wrong (issue 14, measured after the fixes; the sentences were
#: written first).  Each is an xfail that must fail (strict): fixing one makes the suite say so.  Most need
#: words neither VADER's lexicon nor the training data rate ("malnourished", "stranded", "eliminating",
#: "rebuilt", "unharmed"), or composition beyond the rules ("once badly polluted, now clean").
KNOWN_MISSES: frozenset[str] = frozenset(
    {
        "The ministry did not respond to a request for comment.",
        "The new bridge is expected to cost $187 million and open in 2027.",
        "The fund manages $4.2 billion in assets.",
        "Demand for steel remained flat in the third quarter.",
        "PARADISE COVE, Fla. (AP) — Three weeks after Hurricane Delia flattened much of this small coastal town, residents are still living in tents.",
        "The dispute centres on pay.",
        "The dispute centres on pay and pensions, the union said.",
        "He faces one charge of theft.",
        "The judge fined the company $3 million for polluting the river.",
        "The factory will close next year, eliminating 1,200 jobs.",
        "The famine has left millions of children malnourished.",
        "Thousands of refugees remain stranded at the border without food or shelter.",
        "The economy shrank for the third straight quarter.",
        "Volunteers rebuilt the school in just six weeks.",
        "The new treatment helped patients recover faster.",
        "The hostages were released unharmed and reunited with their families.",
        "The company will hire 500 workers at its new plant.",
        "The river, once badly polluted, is now clean enough for swimming.",
        "The ceasefire has held for a month, allowing aid to reach the city.",
        "The museum's restoration was completed on time and under budget.",
        "Survival rates for the cancer have doubled since 1990.",
        "The court ruled that the workers were owed back pay, a victory for the union.",
        "The agreement will protect the forest for future generations.",
        "The scheme did not work.",
        "The economy may be recovering, some analysts said.",
        "It is unclear whether the talks will resume.",
        "The virus appears to be spreading rapidly in the north.",
        "The deal is reportedly worth about $3 billion.",
        '"We will fight for every option that keeps this city connected," she said.',
        '"The vote will take place at noon," the clerk said.',
        # Written for the "occasion" class: the misfortune is weighed down, but "support" alone does not outweigh it.
        "Hundreds of volunteers offered support to families after the disaster.",
    }
)


#: The kit's own 3-class call (:func:`analysis.sentiment.tone_label`, what the report names), as a sign.
_SIGN = {"positive": POS, "neutral": NEU, "negative": NEG}


def test_the_set_is_large_and_varied() -> None:
    assert len(SENTENCES) >= 160
    assert len({s for _, s, _ in SENTENCES}) == len(SENTENCES)
    signs = [sign for *_, sign in SENTENCES]
    assert min(signs.count(s) for s in (NEG, NEU, POS)) >= 35


def _params() -> list:  # type: ignore[type-arg]
    miss = pytest.mark.xfail(strict=True, reason="known miss of the news method (KNOWN_MISSES)")
    return [
        pytest.param(case, sentence, sign, id=f"{case}-{i}", marks=[miss] if sentence in KNOWN_MISSES else [])
        for i, (case, sentence, sign) in enumerate(SENTENCES)
    ]


def test_known_misses_are_in_the_set() -> None:
    assert KNOWN_MISSES <= {s for _, s, _ in SENTENCES}


@pytest.mark.parametrize(("case", "sentence", "sign"), _params())
def test_news_tone_sign(case: str, sentence: str, sign: int) -> None:
    compound = float(sentiment.score([sentence])["compound"][0])
    band = sentiment.neutral_band()
    label = sentiment.tone_label(compound)
    assert _SIGN[label] == sign, f"{case}: {compound:+.3f} (band ±{band:.2f}, {label}) for {sentence!r}"
