"""Role statements (HOLDS_ROLE) as one mechanism over role nouns and what they are of.

Every sentence is written for this test (fictional people and bodies, or well-known
officials in made-up situations), run through the real pipeline and ontology.  Each
construction is shown in several languages: a title before a name with an organisation
the ontology does not know (genitive in uk/ru/pl, "of"/"de"/"der"/"di" elsewhere), a
name before a title ("Alpha-Chef"), a national title completed with the document's
country, a chain of titles in the genitive, coordinated titles whose first one someone
else holds, and predicative titles ("обрав X прем'єр-міністром", "zum … gewählt").
"""

from __future__ import annotations

import pytest

from kzgraph.corpus import document_from_text
from kzgraph.extract.pipeline import parse
from kzgraph.extract.relations import extract_relations
from kzgraph.extract.relations.role_statements import english_phrase


def _roles(text: str, lang: str, ontology) -> set[tuple[str, str]]:
    document = document_from_text(text, lang=lang, date="2022-01")
    doc = parse(document, ontology)
    mentions = [span._.kz_mention for span in doc.spans["kz_mentions"]]
    return {(r.subject.hint or r.subject.text, r.literal)
            for r in extract_relations(doc, document, mentions, ontology) if r.predicate == "HOLDS_ROLE"}


STATEMENTS = [
    # an organisation the ontology does not know, in the genitive after the title (uk, ru, pl)
    ("uk", "Голова Центральної виборчої комісії Олег Мартинюк оголосив підсумки в неділю.",
     ("Олег Мартинюк", "Chairman of the Central Election Commission")),
    ("ru", "Губернатор Курской области Павел Семёнов призвал жителей оставаться дома.",
     ("Павел Семёнов", "Governor of the Kurskiy Oblast")),
    ("ru", "Основатель компании «Восток» Игорь Малышев покинул страну.",
     ("Игорь Малышев", "founder of the Company Vostok")),
    ("pl", "Przewodniczący komisji obrony parlamentu Tomasz Nowicki zabrał głos w czwartek.",
     ("Tomasz Nowicki", "Chairman of the Commission Defence Parliament")),
    # … after "of" / "de" / "der" / "di" / "del", the name in apposition
    ("en", "The head of the Northern Trading Company, James Whitfield, resigned on Monday.",
     ("James Whitfield", "Head of the Northern Trading Company")),
    # a name before the title ("Wagner founder", "Alpha-Chef")
    ("en", "Trading Company founder James Whitfield resigned on Monday.",
     ("James Whitfield", "founder of Trading Company")),
    ("fr", "Le chef du parti Renouveau, Jean Moreau, a démissionné lundi.",
     ("Jean Moreau", "Head of the Party Renouveau")),
    ("it", "Il presidente del partito Nuova Alleanza, Marco Ferri, ha parlato lunedì.",
     ("Marco Ferri", "President of the Party Nuova Alleanza")),
    ("es", "El fundador del partido Horizonte, Pedro Sánchez, habló el lunes.",
     ("Pedro Sánchez", "founder of the Party Horizonte")),
    ("es", "El jefe del Estado Mayor, Luis Ortega, habló el lunes.",
     ("Luis Ortega", "Chief of the General Staff")),
    # a national title with nothing saying of what: the document's country
    ("en", "Kyrgyzstan voted on Sunday. Kyrgyzstan's parliament met. President Almaz Tokonov accepted the result.",
     ("Almaz Tokonov", "President of Kyrgyzstan")),
    ("ru", "В Киргизии прошли выборы. Спикер Алмаз Токонов подал в отставку.",
     ("Алмаз Токонов", "Speaker of Kyrgyzstan")),
    # a title in the genitive after another: one role, of the second one's holder
    ("uk", "Радник голови Національного банку Іван Петренко подав у відставку.",
     ("Іван Петренко", "Adviser of the Chairman of National Bank of Kazakhstan")),
    ("ru", "Пресс-секретарь президента России Дмитрий Песков заявил, что Москва не вмешивается.",
     ("dmitry-peskov", "Spokesperson of the President of Russia")),
    # coordinated titles: the first one's holder is someone else the document names
    ("ru", "Министр обороны Сергей Шойгу молчал. Он ждал, что приедут министр обороны и начальник "
           "Генштаба Олег Смирнов.",
     ("Олег Смирнов", "Chief of the General Staff")),
    # a predicative title: instrumental (uk, ru, pl), "as", "élu … comme", "zum"
    ("ru", "В Армении новый кабинет. Парламент Армении избрал Ивана Сидорова премьер-министром.",
     ("Ивана Сидорова", "Prime Minister of Armenia")),
    ("uk", "У Вірменії новий уряд. Парламент Вірменії обрав Івана Сидоренка прем'єр-міністром.",
     ("Івана Сидоренка", "Prime Minister of Armenia")),
    ("pl", "W Armenii nowy rząd. Parlament Armenii wybrał Jana Kowalskiego premierem.",
     ("Jana Kowalskiego", "Prime Minister of Armenia")),
    ("en", "Armenia has a new cabinet. Armenia's parliament elected John Smith as prime minister.",
     ("John Smith", "Prime Minister of Armenia")),
    ("fr", "L'Arménie a un nouveau gouvernement. Le parlement arménien a élu Jean Dupont comme Premier ministre.",
     ("Jean Dupont", "Prime Minister of Armenia")),
    ("de", "Das Parlament wählte Olaf Scholz zum Ministerpräsidenten.", ("olaf-scholz", "Prime Minister")),
    ("ru", "Акимом Алма-Аты вместо Сагинтаева стал Досаев.", ("yerbolat-dossayev", "Governor of Almaty")),
    # a name in quotes after the title or its organisation word
    ("uk", "Лідер блоку «Наша Україна» Віктор Ющенко у вівторок склав присягу.",
     ("Віктор Ющенко", "Leader of the Bloc Nasha Ukraine")),
    ("ru", "Сейчас лидер «Батькивщины» Юлия Тимошенко по-прежнему депутат.",
     ("Юлия Тимошенко", "Leader of the Batkivshchiny")),
    # a title in apposition followed by a name in the genitive: that person's, held by the first
    ("uk", "Іван Петренко, радник Олега Мартинюка, заявив це.", ("Іван Петренко", "Adviser of Oleg Martynyuk")),
    # a rank between a title and the name; "his deputy" is the deputy of his title
    ("it", "Sanzioni per il comandante in capo delle forze armate, il generale Min Aung Hlaing, e per il suo "
           "vice Soe Win.", ("Soe Win", "Deputy Commander-in-Chief of the Armed Forces")),
    ("en", "Power passed to the chairman of the Union Party, General Min Aung Hlaing.",
     ("Min Aung Hlaing", "Chairman of the Union Party")),
    # "Deputy" makes one title with the next
    ("pl", "Generał Siergiej Surowikin, zastępca dowódcy rosyjskiego zgrupowania wojsk w Ukrainie, milczał.",
     ("Siergiej Surowikin", "Deputy Commander of the Russian Group Forces of Ukraine")),
    ("en", "The deputy head of the Central Bank, Maria Lopez, resigned.",
     ("Maria Lopez", "Deputy Head of the Central Bank")),
    # an organisation in the instrumental after a commander (uk, ru: "командующий чем")
    ("ru", "Тем временем главнокомандующий вооружёнными силами Мин Аун Хлайн сформировал совет.",
     ("Мин Аун Хлайн", "Commander-in-Chief of the Armed Forces")),
    # a regional title takes the region or city named before it in the sentence
    ("en", "In Almaty, Mayor John Smith spoke to reporters.", ("John Smith", "Mayor of Almaty")),
    # deposed: a former role
    ("en", "Armenia's courts met. Armenia's ousted president John Smith appeared in court.",
     ("John Smith", "former President of Armenia")),
    # a German compound title: the organisation or a modifier written into the word
    ("de", "Der Chef der Partei Neue Mitte, Olaf Scholz, erklärte am Montag seinen Rücktritt.",
     ("olaf-scholz", "Head of the Party Neue Mitte")),
    ("de", "Der Alpha-Chef Olaf Scholz sprach am Montag.", ("olaf-scholz", "Head of Alpha")),
    ("de", "Parteivorsitzende Olaf Scholz sprach am Montag.", ("olaf-scholz", "Chairman of the Party")),
    ("de", "Tokajew übernahm von Altpräsident Nursultan Nasarbajew den Vorsitz.",
     ("nursultan-nazarbayev", "former President of Kazakhstan")),
    # a possessive title whose owner is the organisation named before it, not a person
    ("fr", "Après la défaite du parti Renouveau, son chef Marc Dupont a démissionné.",
     ("Marc Dupont", "Head of Renouveau")),
    ("es", "El partido Nueva Alianza perdió y su líder Marco Ferri dimitió.",
     ("Marco Ferri", "Leader of Nueva Alianza")),
    ("uk", "Партія «Світанок» програла вибори, її лідер Петро Коваль пішов у відставку.",
     ("Петро Коваль", "Leader of Svitanok")),
    # an apposition that goes on with a participle or a relative clause
    ("en", "Also released was Tom Brown, a nationalist former lawmaker jailed in 2019 for fraud.",
     ("Tom Brown", "former Member of Parliament")),
    ("fr", "Marc Dupont, ancien député condamné en 2019, a été libéré.",
     ("Marc Dupont", "former Member of Parliament")),
    ("ru", "Освобождён Иван Петров, бывший депутат, осуждённый в 2017 году.",
     ("Иван Петров", "former Member of Parliament")),
    # a title held for a person named next to it, the holder after it
    ("ru", "Пресс-секретарь Путина Дмитрий Песков заявил, что Кремль не вмешивается.",
     ("dmitry-peskov", "Spokesperson of Vladimir Putin")),
    ("pl", "Rzecznik Putina Dmitrij Pieskow powiedział, że Kreml milczy.",
     ("dmitry-peskov", "Spokesperson of Vladimir Putin")),
    ("en", "Putin's spokesman Dmitry Peskov said the Kremlin was silent.",
     ("dmitry-peskov", "Spokesperson of Vladimir Putin")),
    ("de", "Putins Sprecher Dmitri Peskow sagte, der Kreml schweige.",
     ("dmitry-peskov", "Spokesperson of Vladimir Putin")),
    ("fr", "Le porte-parole de Vladimir Poutine, Dmitri Peskov, a démenti.",
     ("dmitry-peskov", "Spokesperson of Vladimir Putin")),
    ("es", "El portavoz de Vladimir Putin, Dmitri Peskov, lo negó.",
     ("dmitry-peskov", "Spokesperson of Vladimir Putin")),
    # a title a verb states ("heads", "очолює"): the organisation it governs, in English words
    ("uk", "Петро Коваль очолює Центральну виборчу комісію.",
     ("Петро Коваль", "Head of the Central Election Commission")),
    ("ru", "Иван Петров возглавляет Центральную избирательную комиссию.",
     ("Иван Петров", "Head of the Central Election Commission")),
    ("en", "John Smith heads the Central Election Commission.",
     ("John Smith", "Head of the Central Election Commission")),
    ("es", "Marco Ferri encabeza el Comité Nacional.", ("Marco Ferri", "Head of the Comité Nacional")),
    # Kazakh: titles with their suffixes, what they are of before them, a genitive title chain
    ("kk", "Бұрынғы премьер-министр Асқар Мамин отставкаға кетті.",
     ("askar-mamin", "former Prime Minister of Kazakhstan")),
    ("kk", "Алматы әкімі Бақытжан Сағынтаев қызметінен босатылды.", ("bakhytzhan-sagintayev", "Governor of Almaty")),
    ("kk", "Ресей президентінің баспасөз хатшысы Дмитрий Песков мәлімдеме жасады.",
     ("dmitry-peskov", "Spokesperson of the President of Russia")),
    # a plural title before a list of names is each one's
    ("en", "Armenia held a vote. Former presidents John Smith and Tom Brown met on Monday.",
     ("Tom Brown", "former President of Armenia")),
    ("uk", "Вірменія голосувала. Колишні президенти Петро Коваль та Іван Петренко зустрілися в понеділок.",
     ("Іван Петренко", "former President of Armenia")),
    ("ru", "Армения голосовала. Бывшие президенты Иван Петров и Олег Смирнов встретились.",
     ("Олег Смирнов", "former President of Armenia")),
    ("fr", "L'Arménie a voté. Les anciens présidents Marc Dupont et Jean Martin se sont rencontrés.",
     ("Jean Martin", "former President of Armenia")),
    # … but a list of titled names in one case is a list
    ("uk", "Він вимагав звільнити міністра оборони Степана Полторака, генерального прокурора Юрія Луценка.",
     ("Юрія Луценка", "Prosecutor General")),
    # feminine titles (issue 15): uk, pl, fr, es, it, de
    ("uk", "На саміт прибули президентка Литви Олена Мельник та прем'єрка Латвії Ірина Коваль.",
     ("Олена Мельник", "President of Lithuania")),
    ("uk", "На саміт прибули президентка Литви Олена Мельник та прем'єрка Латвії Ірина Коваль.",
     ("Ірина Коваль", "Prime Minister of Latvia")),
    ("pl", "Prezydentka Litwy Anna Nowak przyjechała do Warszawy.", ("Anna Nowak", "President of Lithuania")),
    ("es", "La corte juzgó a Marta Gómez, ex primera ministra de Armenia y líder de la oposición.",
     ("Marta Gómez", "former Prime Minister of Armenia")),
    ("es", "La presidenta de Lituania, Ana Torres, llegó el lunes.", ("Ana Torres", "President of Lithuania")),
    ("it", "La prima ministra della Lettonia, Giulia Conti, ha parlato.", ("Giulia Conti", "Prime Minister of Latvia")),
    ("fr", "La dirigeante du parti Renouveau, Claire Martin, a démissionné.",
     ("Claire Martin", "Leader of the Party Renouveau")),
    ("de", "Die Gouverneurin des Gebiets Kursk, Anna Schmidt, sprach von Schäden.",
     ("Anna Schmidt", "Governor of the Oblast Kursk")),
    # a modifier written into the title's word: "expresidente", "eksprezydent", "экспремьер"
    ("es", "En Armenia, el expresidente Juan Pérez habló. Armenia votó.", ("Juan Pérez", "former President of Armenia")),
    ("pl", "W Armenii eksprezydent Jan Kowalski przemówił. Armenia głosowała.",
     ("Jan Kowalski", "former President of Armenia")),
    ("it", "In Armenia l'expremier Mario Rossi ha parlato. L'Armenia ha votato.",
     ("Mario Rossi", "former Prime Minister of Armenia")),
    ("ru", "В Армении экспремьер Иван Петров выступил. Армения голосовала.",
     ("Иван Петров", "former Prime Minister of Armenia")),
    # the ruling military council as what a title is of (uk, ru in the genitive; pl, en, es)
    ("uk", "Очільник хунти Тан Шве пообіцяв вибори.", ("Тан Шве", "Head of the Junta")),
    ("pl", "Rzecznik junty, pułkownik Tan Shwe, zaprzeczył.", ("Tan Shwe", "Spokesperson of the Junta")),
    ("es", "El portavoz de la junta, Tan Shwe, lo negó.", ("Tan Shwe", "Spokesperson of the Junta")),
    # a lawyer, an envoy: someone's; a judge: the bare title
    ("pl", "Anna Nowak nie stawiła się w sądzie. Jej adwokat Piotr Zieliński przekazał, że jest chora.",
     ("Piotr Zieliński", "lawyer of Anna Nowak")),
    ("de", "Anna Schmidt blieb in Haft. Ihr Anwalt Peter Braun bestätigte das.",
     ("Peter Braun", "lawyer of Anna Schmidt")),
    ("es", "El juez Pablo Ruiz ordenó la detención.", ("Pablo Ruiz", "judge")),
    ("ru", "Судья Олег Смирнов отклонил ходатайство.", ("Олег Смирнов", "judge")),
    ("en", "Putin's envoy Boris Ivanov met the president.", ("Boris Ivanov", "envoy of Vladimir Putin")),
    # titles of several words whose words the name does not swallow ("ministro degli Esteri X")
    ("it", "L'Italia protesta. Il ministro degli Esteri Marco Bianchi ha parlato.",
     ("Marco Bianchi", "Minister of Foreign Affairs of Italy")),
    # a choosing verb, then "na" + title (pl); a relative pronoun after a governed name
    ("pl", "W Armenii nowy rząd. Parlament Armenii wybrał Jana Kowalskiego na premiera.",
     ("Jana Kowalskiego", "Prime Minister of Armenia")),
    ("pl", "Rozmawiał z Janem Kowalskim, którego parlament Armenii wybrał na premiera.",
     ("Janem Kowalskim", "Prime Minister of Armenia")),
    ("ru", "Сторонники Ивана Петрова, которого парламент Армении избрал премьером, вышли на площадь.",
     ("Ивана Петрова", "Prime Minister of Armenia")),
    # a copula joins a title and a name, either way round
    ("de", "Neuer Chef der Partei Neue Mitte ist seit Mittwoch Olaf Berg.", ("Olaf Berg", "Head of the Party Neue Mitte")),
    ("it", "Il nuovo capo della polizia è Mario Rossi.", ("Mario Rossi", "Head of the Police")),
    ("en", "Armenia voted. John Smith is the new prime minister of Armenia.", ("John Smith", "Prime Minister of Armenia")),
    ("fr", "Le nouveau chef du parti Renouveau est Jean Dupont.", ("Jean Dupont", "Head of the Party Renouveau")),
    # "X replaced Y as Z": X holds Z, Y held it (the verb's languages, "as" or a post word)
    ("en", "Armenia voted. John Smith replaced Tom Brown as prime minister of Armenia.",
     ("Tom Brown", "former Prime Minister of Armenia")),
    ("en", "Armenia voted. John Smith replaced Tom Brown as prime minister of Armenia.",
     ("John Smith", "Prime Minister of Armenia")),
    ("fr", "L'Arménie a voté. Jean Dupont a remplacé Marc Martin au poste de Premier ministre.",
     ("Jean Dupont", "Prime Minister of Armenia")),
    ("de", "Armenien wählte. Olaf Berg ersetzt Peter Braun als Regierungschef.",
     ("Peter Braun", "former Prime Minister of Armenia")),
    ("ru", "Армения голосовала. Иван Петров сменил Олега Смирнова на посту премьер-министра.",
     ("Олега Смирнова", "former Prime Minister of Armenia")),
    ("uk", "Вірменія голосувала. Іван Петренко замінив Олега Мартинюка на посаді прем'єр-міністра.",
     ("Іван Петренко", "Prime Minister of Armenia")),
    ("pl", "Armenia głosowała. Jan Kowalski zastąpił Piotra Nowaka na stanowisku premiera.",
     ("Piotra Nowaka", "former Prime Minister of Armenia")),
    ("es", "Armenia votó. Juan Pérez sustituyó a Pablo Ruiz como primer ministro.",
     ("Pablo Ruiz", "former Prime Minister of Armenia")),
    ("it", "L'Armenia ha votato. Mario Rossi ha sostituito Paolo Bianchi come primo ministro.",
     ("Mario Rossi", "Prime Minister of Armenia")),
    ("ru", "Армения голосовала. Новым премьером Армении назначен Иван Петров, сменивший Олега Смирнова.",
     ("Олега Смирнова", "former Prime Minister of Armenia")),
    # the EU's foreign policy chief as the press names it; a deputy head in one word
    ("fr", "Le chef de la diplomatie européenne, Josep Borrell, a condamné ces violences.",
     ("josep-borrell", "EU High Representative for Foreign Affairs and Security Policy")),
    ("es", "La jefa de la diplomacia europea, Ana Torres, advirtió al Gobierno.",
     ("Ana Torres", "High Representative for Foreign Affairs and Security Policy")),
    ("es", "Se reunió con el subjefe de la inteligencia militar, Pablo Ruiz.",
     ("Pablo Ruiz", "Deputy Head of the Intelligence Military")),
    ("fr", "Il s'appuie sur l'ancien numéro deux des douanes, Marc Martin.",
     ("Marc Martin", "former Deputy Head of the Customs")),
    # a bare title in the genitive after an organisation word is whose office it is
    ("ru", "Глава администрации президента Антон Петров не комментировал.",
     ("Антон Петров", "Head of the Administration of the President")),
    ("uk", "Керівник Офісу президента Андрій Коваль прокоментував це.",
     ("Андрій Коваль", "Head of the Office of the President")),
    # the document's country counts its cities: a neighbour named as often does not take its offices
    ("en", "In Yerevan, protesters gathered again. Police in Yerevan watched. Talks with Russia and sanctions on "
           "Russia were discussed in Armenia. President John Smith spoke.", ("John Smith", "President of Armenia")),
    # the press's "army chief" is the commander-in-chief of the document's country
    ("de", "Armenien wählte. Neuer Armeechef wird der bisherige Kommandeur der Landstreitkräfte, Peter Braun.",
     ("Peter Braun", "Commander-in-Chief of Armenia")),
    ("es", "Armenia votó. El jefe del ejército, Juan Pérez, dimitió.", ("Juan Pérez", "Commander-in-Chief of Armenia")),
    # pl: a predicative title whose first word is a modifier in the instrumental
    ("pl", "Armenia głosowała. Jan Kowalski, którego komitet mianował pełniącym obowiązki wiceprezydenta, przemówił.",
     ("Jan Kowalski", "acting Vice President of Armenia")),
    # a regional title takes an unknown name a region word opens before it
    ("de", "Im Gebiet Kaluga sprach Gouverneur Peter Braun von Schäden.", ("Peter Braun", "Governor of Kaluga Oblast")),
    # an ordinal before a title says which holder, not another title
    ("pl", "Szósty prezydent Armenii Jan Kowalski przemówił.", ("Jan Kowalski", "President of Armenia")),
    ("en", "Armenia's first president John Smith spoke.", ("John Smith", "President of Armenia")),
    ("ru", "Первый вице-премьер Армении Иван Петров выступил.", ("Иван Петров", "First Deputy Prime Minister of Armenia")),
    ("uk", "Іван Петренко у понеділок склав присягу й офіційно став шостим президентом Вірменії.",
     ("Іван Петренко", "President of Armenia")),
    # where a representative is accredited, after what they represent
    ("fr", "Le renvoi de Paul Martin, représentant permanent de l'Arménie auprès des Nations unies, a surpris.",
     ("Paul Martin", "Permanent Representative of Armenia to United Nations")),
    ("ru", "Постпред Армении при ООН Иван Петров выступил.", ("Иван Петров", "Permanent Representative of Armenia to United Nations")),
    # an organisation's name with "per"/"for" inside and its short name in brackets
    ("it", "Ha chiesto di liberare la leader della Lega nazionale per la democrazia (Lnd), Anna Verdi, e altri.",
     ("Anna Verdi", "Leader of the Lega National Democracy")),
]


@pytest.mark.parametrize("lang, text, expected", STATEMENTS, ids=[f"{c[0]}-{n}" for n, c in enumerate(STATEMENTS)])
def test_role_statement_found(lang, text, expected, ontology):
    assert expected in _roles(text, lang, ontology)


NOT_STATED = [
    # the first of two coordinated titles is held by someone else the document names
    ("ru", "Министр обороны Сергей Шойгу молчал. Он ждал, что приедут министр обороны и начальник "
           "Генштаба Олег Смирнов.", ("Олег Смирнов", "Minister of Defence")),
    # the title's complement is not the name's role
    ("ru", "Пресс-секретарь президента России Дмитрий Песков заявил, что Москва не вмешивается.",
     ("dmitry-peskov", "President of Russia")),
    # a predicative title is not said of the one a preposition governs ("вместо Сагинтаева")
    ("ru", "Акимом Алма-Аты вместо Сагинтаева стал Досаев.", ("bakhytzhan-sagintayev", "Governor of Almaty")),
    ("uk", "Він вимагав звільнити міністра оборони Степана Полторака, генерального прокурора Юрія Луценка.",
     ("Степана Полторака", "Prosecutor General of Yuriy Lutsenko")),
    # a possessive is not its own title's owner ("son chef X" with "son" read as X)
    ("fr", "Marc Dupont est arrivé lundi. Son chef Marc Dupont a parlé.", ("Marc Dupont", "Head of Marc Dupont")),
    # a comma after a name opens no apposition of a title that is a clause's subject
    ("en", "Tom Brown, the president said, will not come.", ("Tom Brown", "President")),
    # the person a title is held for does not hold it
    ("en", "Putin's spokesman Dmitry Peskov said the Kremlin was silent.", ("vladimir-putin", "Spokesperson")),
    ("fr", "Le porte-parole de Vladimir Poutine, Dmitri Peskov, a démenti.",
     ("vladimir-putin", "Spokesperson of Dmitry Peskov")),
    # a singular title is not the next listed name's
    ("ru", "Армения голосовала. Президент Иван Петров и Олег Смирнов встретились.",
     ("Олег Смирнов", "President of Armenia")),
    # a compound whose first part no lexicon knows says nothing sure
    ("de", "Kremlchef Wladimir Putin sagte am Montag etwas.", ("vladimir-putin", "Head of Kreml")),
    # "na" + title with no choosing verb before it is no predicate ("czekali na premiera")
    ("pl", "Armenia głosowała. Jan Kowalski i dziennikarze czekali na premiera Armenii.",
     ("Jan Kowalski", "Prime Minister of Armenia")),
    # a bare title that says nothing of what stays unsaid; a judge's is complete
    ("es", "El ministro Pablo Ruiz habló.", ("Pablo Ruiz", "Minister")),
    # a copula with a participle after it is a passive, not the title's holder
    ("it", "Il capo della polizia è stato accolto da Mario Rossi.", ("Mario Rossi", "Head of the Police")),
    ("en", "John Smith is the president's spokesman.", ("John Smith", "President")),
    # only a representative's title is completed by where it is held
    ("es", "El presidente de Rusia en Moscú, Vladímir Putin, habló.", ("vladimir-putin", "President of Russia to Moscow")),
    # the one replaced does not hold the title now, the new holder never held it
    ("en", "Armenia voted. John Smith replaced Tom Brown as prime minister of Armenia.",
     ("Tom Brown", "Prime Minister of Armenia")),
    ("pl", "Armenia głosowała. Jan Kowalski zastąpił Piotra Nowaka na stanowisku premiera.",
     ("Jan Kowalski", "former Prime Minister of Armenia")),
]


@pytest.mark.parametrize("lang, text, forbidden", NOT_STATED, ids=[f"{c[0]}-{n}" for n, c in enumerate(NOT_STATED)])
def test_role_statement_not_said(lang, text, forbidden, ontology):
    assert forbidden not in _roles(text, lang, ontology)


def test_companion_after_preposition_is_no_predicate(ontology):
    """"встретились с премьером X": X is the premier (title before the name), the deputies are not."""
    found = _roles("Депутаты встретились с премьером Иваном Сидоровым.", "ru", ontology)
    assert {subject for subject, _ in found} <= {"Иваном Сидоровым"}


def test_english_phrase():
    assert english_phrase(["Central", "Election", "Commission"], organisation=True) == \
        "the Central Election Commission"
    assert english_phrase(["the Party"], organisation=True) == "the Party"
    assert english_phrase(["Rostovskiy", "Oblast"], organisation=False) == "Rostovskiy Oblast"
