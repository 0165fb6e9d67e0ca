# histmap story: the Czechoslovak Legion's revolt along the Trans-Siberian railway, May–June 1918.
# Format: see README.md in this folder. Facts and dates follow shared/sources (EVENTS.md groups A
# and D); every chapter's `sources` line gives the citations as the texts print them. Where the
# article gives no citation, the article itself is cited (Otan tarihy 2025, 28(4)).

[story]
title = The Legion’s revolt along the railway, May–June 1918
title.ru = Восстание чехословацкого легиона вдоль железной дороги, май–июнь 1918
title.kk = Чехословак легионының темір жол бойындағы көтерілісі, 1918 жылғы мамыр–маусым
title.cs = Vystoupení legií podél železnice, květen–červen 1918
summary = How the Czechoslovak Corps, travelling by train from Penza to Vladivostok, turned
    against the Bolsheviks in May and June 1918, and how its revolt spread from town to town
    along the Trans-Siberian railway.
summary.ru = Как Чехословацкий корпус, ехавший поездами из Пензы во Владивосток, в мае–июне 1918
    года выступил против большевиков и как восстание перекидывалось от города к городу вдоль
    Транссибирской магистрали.
summary.kk = Пензадан Владивостокқа пойызбен бара жатқан Чехословак корпусының 1918 жылғы
    мамыр–маусымда большевиктерге қарсы қалай көтерілгені және көтерілістің Транссібір темір
    жолы бойымен қаладан қалаға қалай тарағаны.
summary.cs = Jak se Československý sbor, který jel vlaky z Penzy do Vladivostoku, v květnu a
    červnu 1918 postavil proti bolševikům a jak se jeho vystoupení šířilo od města k městu podél
    Transsibiřské magistrály.

# -------------------- Chapter 1 --------------------
[chapter]
title = Trains to Vladivostok
title.ru = Поезда во Владивосток
title.kk = Владивостокқа бара жатқан пойыздар
title.cs = Vlaky do Vladivostoku

caption = On 26 March 1918 the Soviet government (Sovnarkom), the Czechoslovak National Council
    in Russia and the command of the Czechoslovak Corps signed an agreement: the Corps could
    travel unhindered by train from Penza to Vladivostok, and from there cross the Pacific Ocean
    to Europe. Its trains, called echelons, were soon spread out along the railway. On 21 April,
    under German pressure, Sovnarkom telegraphed the Krasnoyarsk Soviet to stop the Corps and
    disarm it. The article gives the Corps’ size in two ways: the “40,000-strong corps” that the
    German General Staff feared, and “up to 50,000 men” by the summer of 1918.

caption.ru = 26 марта 1918 года Совнарком, Чехословацкий национальный совет в России и
    командование Чехословацкого корпуса подписали соглашение: корпус может беспрепятственно
    проехать поездами из Пензы во Владивосток, а оттуда через Тихий океан отправиться в Европу.
    Вскоре его поезда — эшелоны — растянулись вдоль всей железной дороги. 21 апреля под
    давлением Германии Совнарком телеграфировал Красноярскому совету приказ остановить корпус и
    разоружить его. Численность корпуса статья называет по-разному: «40-тысячный корпус»,
    которого опасался германский Генеральный штаб, и «до 50 000 человек» к лету 1918 года.

caption.kk = 1918 жылғы 26 наурызда Совнарком (Халық Комиссарлары Кеңесі), Ресейдегі Чехословак
    ұлттық кеңесі және Чехословак корпусының қолбасшылығы келісімге қол қойды: корпусқа Пензадан
    Владивостокқа дейін пойызбен кедергісіз өтуге кепілдік берілді, ал одан әрі ол Тынық мұхит
    арқылы Еуропаға жүзуі тиіс еді. Көп ұзамай оның эшелон деп аталатын пойыздары темір жол
    бойына созылып кетті. 21 сәуірде Германияның қысымымен Совнарком Красноярск кеңесіне
    корпусты тоқтатып, қарусыздандыру туралы жеделхат жіберді. Мақала корпустың санын екі түрлі
    береді: неміс Бас штабы қауіптенген «40 мыңдық корпус» және 1918 жылдың жазына қарай «50 000
    адамға дейін».

caption.cs = Dne 26. března 1918 podepsaly sovětská vláda (Sovnarkom), Československá národní
    rada v Rusku a velení Československého sboru dohodu: sbor smí nerušeně projet vlaky z Penzy
    do Vladivostoku a odtud přeplout Tichý oceán do Evropy. Jeho vlaky, takzvané ešelony, se
    brzy roztáhly podél celé železnice. Dne 21. dubna pod německým tlakem poslal Sovnarkom
    krasnojarskému sovětu telegram, aby sbor zastavil a odzbrojil. Článek uvádí sílu sboru
    dvojím způsobem: „čtyřicetitisícový sbor“, jehož se obával německý generální štáb, a „až
    50 000 mužů“ v létě 1918.

sources = Otan tarihy 2025, 28(4); Tsvetkov, 1998; Parfenov, 1924: 25-26
date = 1918-03-26/1918-05-13
view = 44 42 134 58
layers = base railways stations movements events
highlight = event-a10-penza-agreement event-a13-krasnoyarsk-telegram
seconds = 12

# -------------------- Chapter 2 --------------------
[chapter]
title = A fight at Chelyabinsk
title.ru = Столкновение в Челябинске
title.kk = Челябідегі қақтығыс
title.cs = Srážka v Čeljabinsku

caption = At Chelyabinsk a clash broke out between Czechoslovak soldiers and Hungarian and
    German prisoners of war, and the local Soviet arrested 10 Czechoslovak soldiers. On 17 May
    1918 their comrades freed them by force, disarmed the local Red Guard and stormed the
    arsenal, seizing 2,800 rifles and an artillery battery. The article does not give the day of
    the first clash: the map shows it from 14 May, a date taken from other historians.

caption.ru = В Челябинске произошло столкновение чехословацких солдат с венгерскими и немецкими
    военнопленными, и местный совет арестовал 10 чехословацких солдат. 17 мая 1918 года их
    товарищи силой освободили арестованных, разоружили местную Красную гвардию и захватили
    арсенал, взяв 2 800 винтовок и артиллерийскую батарею. Дня самого столкновения статья не
    называет: на карте оно показано с 14 мая — эта дата взята у других историков.

caption.kk = Челябіде чехословак сарбаздары мен венгр және неміс әскери тұтқындары арасында
    қақтығыс болып, жергілікті кеңес 10 чехословак сарбазын қамауға алды. 1918 жылғы 17 мамырда
    олардың жолдастары қамалғандарды күшпен босатып, жергілікті Қызыл гвардияны қарусыздандырды
    және арсеналды басып алып, 2 800 мылтық пен бір артиллериялық батареяны қолға түсірді.
    Мақала алғашқы қақтығыстың күнін көрсетпейді: картада ол 14 мамырдан бастап көрсетілген, бұл
    күн басқа тарихшылардан алынған.

caption.cs = V Čeljabinsku došlo ke srážce československých vojáků s maďarskými a německými
    válečnými zajatci a místní sovět zatkl 10 československých vojáků. Dne 17. května 1918 je
    jejich kamarádi násilím osvobodili, odzbrojili místní Rudou gardu a zmocnili se zbrojnice,
    kde získali 2 800 pušek a dělostřeleckou baterii. Den první srážky článek neuvádí: mapa ji
    ukazuje od 14. května, tedy od data převzatého od jiných historiků.

sources = Otan tarihy 2025, 28(4)
date = 1918-05-14/1918-05-17
view = 54 53 69 56.5
layers = base railways stations movements events
highlight = event-a14-chelyabinsk-incident event-a15-chelyabinsk-arsenal legion-voytsekhovsky
seconds = 6

# -------------------- Chapter 3 --------------------
[chapter]
title = The congress at Chelyabinsk
title.ru = Съезд в Челябинске
title.kk = Челябідегі съезд
title.cs = Sjezd v Čeljabinsku

caption = From 16 to 20 May 1918 delegates of the Czechoslovak soldiers held a congress in
    Chelyabinsk. They elected a Provisional Executive Committee, broke with the Bolsheviks,
    stopped handing in their weapons and decided to go on to Vladivostok on their own. Captain
    Kh. Tokhtamys greeted the congress on behalf of the Army of Alash and the Alash Orda
    Council. The article says the congress met “the day before” the events of 17 May, yet its
    own dates, 16 to 20 May, overlap them.

caption.ru = С 16 по 20 мая 1918 года в Челябинске прошёл съезд делегатов чехословацких войск.
    Он избрал Временный исполнительный комитет, объявил о разрыве с большевиками, прекратил
    сдачу оружия и решил продолжать путь во Владивосток самостоятельно. От имени армии Алаш и
    Совета Алаш-Орды съезд приветствовал капитан Х. Тохтамышев. Статья пишет, что съезд собрался
    «за день до» событий 17 мая, но её же даты — с 16 по 20 мая — с ними совпадают.

caption.kk = 1918 жылғы 16–20 мамырда Челябіде чехословак әскерлері делегаттарының съезі өтті.
    Съезд Уақытша атқару комитетін сайлап, большевиктермен қатынасты үзетінін жариялады, қаруды
    тапсыруды тоқтатты және Владивостокқа өз бетімен жүре беруге шешім қабылдады. Съезді Алаш
    әскері мен Алаш Орда Кеңесінің атынан капитан Х. Тоқтамыс құттықтады. Мақалада съезд 17
    мамырдағы оқиғалардан «бір күн бұрын» жиналды делінеді, бірақ мақаланың өзі келтірген 16–20
    мамыр күндері сол оқиғалармен тұспа-тұс келеді.

caption.cs = Od 16. do 20. května 1918 zasedal v Čeljabinsku sjezd delegátů československého
    vojska. Zvolil Prozatímní výkonný výbor, vyhlásil rozchod s bolševiky, přestal odevzdávat
    zbraně a rozhodl se pokračovat do Vladivostoku na vlastní pěst. Jménem armády Alaše a Rady
    Alaš-Ordy sjezd pozdravil kapitán Ch. Tochtamyš. Článek píše, že se sjezd sešel „den před“
    událostmi 17. května, jeho vlastní data – 16. až 20. května – se s nimi však překrývají.

sources = GA RF. F. P-200. Op.1. D.684. L.58; Otan tarihy 2025, 28(4)
date = 1918-05-16/1918-05-20
view = 54 53 69 56.5
layers = base railways stations movements events
highlight = event-a16-chelyabinsk-congress event-tokhtamys-chelyabinsk-congress
seconds = 6

# -------------------- Chapter 4 --------------------
[chapter]
title = Moscow orders: give up your weapons
title.ru = Приказ из Москвы: сдать оружие
title.kk = Мәскеуден бұйрық: қаруды тапсыру
title.cs = Rozkaz z Moskvy: odevzdejte zbraně

caption = On 21 May 1918 two representatives of the Czechoslovak National Council, Max and
    Chermak, were arrested in Moscow; an order went out to disarm and dissolve the whole Corps,
    and the arrested men passed on, in Masaryk’s name, an order to surrender all weapons. The
    legionaries obeyed only their own Executive Committee, which sent out this directive: “Do
    not surrender weapons anywhere to the Soviets, do not provoke clashes, but in case of attack
    defend yourselves, and continue the advance eastward in your own order.” The article calls
    this attempt to disarm and dissolve the Corps the immediate cause of the uprising.

caption.ru = 21 мая 1918 года в Москве были арестованы два представителя Чехословацкого
    национального совета, Макс и Чермак; вышел приказ полностью разоружить и расформировать
    корпус, а арестованные передали от имени Масарика приказ сдать всё оружие. Легионеры
    подчинились только своему Исполнительному комитету, который разослал указание: «Оружия нигде
    Советам не сдавать, столкновений самим не вызывать, но в случае нападения защищаться,
    продвижение на восток продолжать собственным порядком». Статья называет эту попытку
    разоружить и расформировать корпус непосредственной причиной восстания.

caption.kk = 1918 жылғы 21 мамырда Мәскеуде Чехословак ұлттық кеңесінің екі өкілі — Макс пен
    Чермак тұтқындалды; корпусты толық қарусыздандырып, тарату туралы бұйрық шықты, ал
    тұтқындалғандар Масариктің атынан барлық қаруды тапсыру туралы бұйрықты жеткізді.
    Легионерлер тек өздерінің Атқару комитетіне бағынды, ол мынадай нұсқау таратты: «Қаруды еш
    жерде советтерге тапсырмаңдар, қақтығысты өздерің бастамаңдар, бірақ шабуыл жасалса,
    қорғаныңдар және шығысқа қарай өз тәртібімен жылжи беріңдер». Мақала корпусты
    қарусыздандырып, таратуға жасалған осы әрекетті көтерілістің тікелей себебі деп атайды.

caption.cs = Dne 21. května 1918 byli v Moskvě zatčeni dva představitelé Československé národní
    rady, Maxa a Čermák; vyšel rozkaz celý sbor odzbrojit a rozpustit a zatčení předali jménem
    Masaryka rozkaz odevzdat všechny zbraně. Legionáři však poslechli jen svůj Výkonný výbor,
    který rozeslal pokyn: „Nikde neodevzdávat zbraně sovětům, nevyvolávat srážky, v případě
    útoku se bránit a pokračovat v postupu na východ vlastním pořádkem.“ Článek označuje tento
    pokus sbor odzbrojit a rozpustit za bezprostřední příčinu povstání.

sources = Otan tarihy 2025, 28(4); Saryarqa, 1918, №63: 2-3
date = 1918-05-21/1918-05-26
view = 35 42 134 60
layers = base railways stations movements events
highlight = event-a17-moscow-arrests
seconds = 5

# -------------------- Chapter 5 --------------------
[chapter]
title = The revolt spreads: from Penza to Petropavlovsk
title.ru = Восстание ширится: от Пензы до Петропавловска
title.kk = Көтеріліс кеңейеді: Пензадан Қызылжарға дейін
title.cs = Vystoupení se šíří: od Penzy po Petropavlovsk

caption = On 27 May 1918 Colonel Voytsekhovsky’s unit captured Chelyabinsk. The Czechoslovaks
    also occupied Kurgan and “Kazakh Petropavlovsk” on the Trans-Siberian railway, overthrowing
    Soviet power there and opening the road to Omsk, and far to the west Penza was taken as
    well. The article gives no days for Kurgan, Petropavlovsk and Penza, so the map shows each
    of them over a span of days, partly taken from other historians.

caption.ru = 27 мая 1918 года отряд полковника Войцеховского взял Челябинск. Чехословаки заняли
    также Курган и «казахский Петропавловск» на Транссибирской магистрали, свергнув там
    советскую власть и открыв дорогу на Омск, а далеко на западе была взята и Пенза. Дней взятия
    Кургана, Петропавловска и Пензы статья не называет, поэтому на карте каждое из этих событий
    растянуто на несколько дней — отчасти по данным других историков.

caption.kk = 1918 жылғы 27 мамырда полковник Войцеховскийдің отряды Челябіні алды. Чехословактар
    Транссібір темір жолындағы Қорған мен «қазақтың Қызылжарын (Петропавлды)» да басып алып,
    ондағы совет өкіметін құлатты және Омбыға жол ашты, ал алыс батыста Пенза да алынды. Мақала
    Қорғанның, Қызылжардың және Пензаның алынған күндерін айтпайды, сондықтан картада бұл
    оқиғалардың әрқайсысы бірнеше күнге созылып көрсетілген, ол күндердің бір бөлігі басқа
    тарихшылардан алынған.

caption.cs = Dne 27. května 1918 dobyl oddíl plukovníka Vojcechovského Čeljabinsk. Čechoslováci
    obsadili také Kurgan a „kazašský Petropavlovsk“ na Transsibiřské magistrále, svrhli tam
    sovětskou moc a otevřeli cestu na Omsk; daleko na západě byla dobyta i Penza. Pro Kurgan,
    Petropavlovsk a Penzu článek žádné dny neuvádí, a tak je mapa ukazuje v rozmezí několika
    dní, zčásti podle jiných historiků.

sources = Otan tarihy 2025, 28(4); Novikov, 2018: 98
date = 1918-05-27/1918-06-07
view = 43.5 51 75.5 57
layers = base regions railways stations movements events
highlight = event-a19-chelyabinsk-captured event-a20-kurgan event-a20-petropavlovsk
    event-a21-penza-taken
seconds = 8

# -------------------- Chapter 6 --------------------
[chapter]
title = Further east: from Novonikolaevsk to Kansk
title.ru = Дальше на восток: от Новониколаевска до Канска
title.kk = Шығысқа қарай: Новониколаевскіден Канскіге дейін
title.cs = Dál na východ: od Novonikolajevska po Kansk

caption = Further east, other units entered Novonikolaevsk, Mariinsk, Nizhneudinsk and Kansk,
    and in early June 1918 the Czechoslovaks entered Tomsk. The article writes “(May 29)” after
    the list of the four towns, so it is unclear whether 29 May is the date for all of them or
    only for Kansk. The map keeps both readings: it shows the first three towns over a span of
    days that ends on 29 May.

caption.ru = Дальше на восток другие части вошли в Новониколаевск, Мариинск, Нижнеудинск и
    Канск, а в начале июня 1918 года чехословаки вступили в Томск. Статья ставит «(29 мая)»
    после перечня четырёх городов, и неясно, относится ли эта дата ко всем ним или только к
    Канску. Карта сохраняет оба прочтения: первые три города показаны в промежутке дней, который
    заканчивается 29 мая.

caption.kk = Шығысқа қарай басқа бөлімдер Новониколаевскіге, Мариинскіге, Нижнеудинскіге және
    Канскіге кірді, ал 1918 жылғы маусымның басында чехословактар Томскіге кірді. Мақала «(29
    мамыр)» деген күнді төрт қаланың тізімінен кейін қояды, сондықтан бұл күн төртеуіне де
    қатысты ма, әлде тек Канскіге ме — белгісіз. Карта екі оқылымды да сақтайды: алғашқы үш қала
    29 мамырда аяқталатын бірнеше күндік аралықта көрсетілген.

caption.cs = Dál na východě vstoupily jiné jednotky do Novonikolajevska, Mariinsku, Nižněudinsku
    a Kansku a na začátku června 1918 vstoupili Čechoslováci do Tomsku. Článek píše „(29.
    května)“ až za výčet čtyř měst, takže není jasné, zda to datum platí pro všechna, nebo jen
    pro Kansk. Mapa zachovává obě čtení: první tři města ukazuje v rozmezí dní, které končí 29.
    května.

sources = Otan tarihy 2025, 28(4)
date = 1918-05-25/1918-06-10
view = 81 52.5 101 58.5
layers = base railways stations movements events
highlight = event-a22-novonikolaevsk event-a22-mariinsk event-a22-nizhneudinsk event-a22-kansk
    event-a23-tomsk
seconds = 8

# -------------------- Chapter 7 --------------------
[chapter]
title = New governments: Samara and Omsk
title.ru = Новые правительства: Самара и Омск
title.kk = Жаңа үкіметтер: Самара мен Омбы
title.cs = Nové vlády: Samara a Omsk

caption = On 4–5 June 1918, near Samara, Czechoslovak units defeated the Red Army and secured a
    crossing over the Volga. On 8 June, in “liberated Samara”, the first anti-Bolshevik
    government was set up, the Committee of Members of the Constituent Assembly (Komuch); the
    article says the Czechoslovaks had created the conditions for it. On 17 (30) June 1918, that
    is 17 June in the old calendar and 30 June in the new, the Provisional Siberian Government
    was formed in Omsk.

caption.ru = 4–5 июня 1918 года под Самарой чехословацкие части разбили Красную армию и
    обеспечили переправу через Волгу. 8 июня в «освобождённой Самаре» было создано первое
    антибольшевистское правительство — Комитет членов Учредительного собрания (Комуч); по словам
    статьи, условия для этого создали чехословаки. 17 (30) июня 1918 года, то есть 17 июня по
    старому стилю и 30 июня по новому, в Омске было образовано Временное Сибирское
    правительство.

caption.kk = 1918 жылғы 4–5 маусымда Самара маңында чехословак бөлімдері Қызыл армияны
    талқандап, Еділден өтетін өткелді қолға алды. 8 маусымда «азат етілген Самарада» алғашқы
    большевикке қарсы үкімет — Құрылтай жиналысы мүшелерінің комитеті (Комуч) құрылды; мақаланың
    айтуынша, оған жағдайды чехословактар жасаған. 1918 жылғы 17 (30) маусымда, яғни ескі стиль
    бойынша 17 маусымда, жаңа стиль бойынша 30 маусымда, Омбыда Уақытша Сібір үкіметі құрылды.

caption.cs = Ve dnech 4.–5. června 1918 porazily československé jednotky u Samary Rudou armádu a
    zajistily si přechod přes Volhu. Dne 8. června vznikla v „osvobozené Samaře“ první
    protibolševická vláda, Výbor členů Ústavodárného shromáždění (Komuč); podle článku pro ni
    připravili podmínky Čechoslováci. Dne 17. (30.) června 1918, tedy 17. června podle starého
    kalendáře a 30. června podle nového, byla v Omsku ustavena Prozatímní sibiřská vláda.

sources = Otan tarihy 2025, 28(4); GA RF. F.P-200. Op.1. D.684. LL. 20-21; Saryarqa, 1918, №63:
    2-3
date = 1918-06-04/1918-06-30
view = 46 50.5 76 57
layers = base regions railways stations movements events
highlight = event-a24-near-samara event-a26-komuch-samara region-komuch event-a27-psg-omsk
    region-siberian-government
seconds = 10
