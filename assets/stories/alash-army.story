# histmap story: the Alash army, from the first mounted militia (December 1917) to the Kazakh
# Cavalry Brigade (January 1919). Format: see README.md in this folder. Facts, figures and dates
# follow shared/sources (EVENTS.md group B); every chapter's `sources` line gives the citations as
# the texts print them. The figures of different reports must not be added up (EVENTS.md G21).

[story]
title = The Alash army, December 1917 – January 1919
title.ru = Армия Алаш, декабрь 1917 – январь 1919
title.kk = Алаш әскері, 1917 жылғы желтоқсан – 1919 жылғы қаңтар
title.cs = Armáda Alaše, prosinec 1917 – leden 1919
summary = How the Alash Orda built a national army, from the first mounted militia of December
    1917 to nearly eight cavalry regiments and a Kazakh Cavalry Brigade by January 1919, and why
    it was always short of weapons.
summary.ru = Как Алаш-Орда создавала национальную армию — от первой конной милиции в декабре
    1917 года до почти восьми кавалерийских полков и Казахской кавалерийской бригады к январю
    1919 года — и почему ей всегда не хватало оружия.
summary.kk = Алаш Орданың ұлттық әскерді қалай құрғаны — 1917 жылғы желтоқсандағы алғашқы атты
    милициядан 1919 жылғы қаңтарға қарай сегізге жуық атты әскер полкі мен Қазақ атты әскер
    бригадасына дейін — және оған қару-жарақтың неге үнемі жетпегені.
summary.cs = Jak Alaš-Orda budovala národní armádu – od první jízdní milice v prosinci 1917 po
    téměř osm jezdeckých pluků a Kazašskou jezdeckou brigádu v lednu 1919 – a proč jí vždy
    chyběly zbraně.

# -------------------- Chapter 1 --------------------
[chapter]
title = The first mounted militia
title.ru = Первая конная милиция
title.kk = Алғашқы атты милиция
title.cs = První jízdní milice

caption = By early December 1917, the newspaper Saryarqa reported, young horsemen (dzhigits) had
    been enrolled in the people’s mounted militia: 150 in Karkaraly, 100 in Bayanaul, 400 in
    Zaisan and 160 in the city of Alash. From 5 to 13 (18 to 26) December 1917 the Second
    All-Kazakh Kurultai met in Orenburg, and a national militia was among the first items on its
    agenda. By its decree of 12 (25) December the congress formed the Alash Autonomy; the
    Vietnamese Wikipedia gives 13 December instead.

caption.ru = К началу декабря 1917 года, как сообщала газета «Сарыарка», в народную конную
    милицию были записаны джигиты: 150 в Каркаралинске, 100 в Баян-Ауле, 400 в Зайсане и 160 в
    городе Алаш. С 5 по 13 (с 18 по 26) декабря 1917 года в Оренбурге заседал Второй
    всеказахский курултай, и создание национальной милиции было одним из первых вопросов его
    повестки. Постановлением от 12 (25) декабря съезд образовал автономию Алаш; во вьетнамской
    Википедии вместо этого указано 13 декабря.

caption.kk = «Сарыарқа» газетінің хабарлауынша, 1917 жылғы желтоқсанның басына қарай халықтық
    атты милицияға жігіттер алынды: Қарқаралыда 150, Баянауылда 100, Зайсанда 400 және Алаш
    қаласында 160 жігіт. 1917 жылғы 5–13 (18–26) желтоқсанда Орынборда Екінші жалпықазақ
    құрылтайы өтті, оның күн тәртібіндегі алғашқы мәселелердің бірі ұлттық милиция құру болды.
    Съезд 12 (25) желтоқсандағы қаулысымен Алаш автономиясын құрды; вьетнам тіліндегі
    Уикипедияда оның орнына 13 желтоқсан көрсетілген.

caption.cs = Do začátku prosince 1917 bylo podle novin Saryarqa do lidové jízdní milice odvedeno
    150 mladých jezdců (džigitů) v Karkaralinsku, 100 v Bajanaulu, 400 v Zajsanu a 160 ve městě
    Alaš. Od 5. do 13. (od 18. do 26.) prosince 1917 zasedal v Orenburgu Druhý všekazašský
    kurultaj a vytvoření národní milice patřilo k prvním bodům jeho programu. Usnesením z 12.
    (25.) prosince sjezd vytvořil autonomii Alaš; vietnamská Wikipedie místo toho uvádí 13.
    prosinec.

sources = Saryarqa, 1917, №23: 4; Otan tarihy 2025, 28(4); Bukeikhanov et al., 1917: 1; S1:
    article on the 1917 All-Russian Constituent Assembly elections and the Kazakh (Alash)
    deputies (sources/001_70fb7438e1d78cfd.txt); S4: Vietnamese Wikipedia, «Vùng tự chủ Alash»
    (sources/004_35f2bdddfdd8b1e1.txt)
date = 1917-12-18/1917-12-26
view = 53 45 87 54.5
layers = base regions railways stations places units events
highlight = unit-alash-militia-karkaraly unit-alash-militia-bayanaul unit-alash-militia-zaisan
    unit-alash-militia-alash event-orenburg-second-kurultai-1917 region-alash
seconds = 8

# -------------------- Chapter 2 --------------------
[chapter]
title = Five hundred horsemen in the city of Alash
title.ru = Пятьсот всадников в городе Алаш
title.kk = Алаш қаласындағы бес жүз атты
title.cs = Pět set jezdců ve městě Alaš

caption = On 18 June 1918 a newly formed Kazakh cavalry detachment of 500 men, trained and
    armed, arrived with its officer-instructors in the city of Alash, the temporary capital,
    together with Alikhan Bukeikhan, chairman of the Alash Orda. A telegram of the Alash Orda
    dated 11 (24) June 1918 ordered a mounted militia to be called up and military units to be
    organised. On 24 June the Alash Orda created a Military Council, in effect a ministry of
    defence, headed by Captain Khamit Tokhtamys, who in May had greeted the Czechoslovak
    congress at Chelyabinsk. The article says the council came “six days after” the parade, but
    it does not say which calendar these June dates use.

caption.ru = 18 июня 1918 года в город Алаш, временную столицу, прибыл новый казахский
    кавалерийский отряд из 500 человек, обученный и вооружённый, с офицерами-инструкторами;
    вместе с ним приехал председатель Алаш-Орды Алихан Букейхан. Телеграмма Алаш-Орды от 11 (24)
    июня 1918 года распорядилась созвать конную милицию и организовать воинские части. 24 июня
    Алаш-Орда создала Военный совет — по сути министерство обороны — во главе с капитаном
    Хамитом Тохтамышевым, который в мае приветствовал чехословацкий съезд в Челябинске. Статья
    пишет, что совет возник «через шесть дней после» парада, но не говорит, по какому календарю
    указаны эти июньские даты.

caption.kk = 1918 жылғы 18 маусымда уақытша астана — Алаш қаласына жаңадан жасақталған, әскери
    өнерге үйретілген әрі қаруланған 500 адамдық қазақ атты әскер отряды нұсқаушы офицерлерімен
    бірге келді; олармен бірге Алаш Орда төрағасы Әлихан Бөкейхан да келді. Алаш Орданың 1918
    жылғы 11 (24) маусымдағы жеделхаты атты милиция шақырып, әскери бөлімдер құруды бұйырды. 24
    маусымда Алаш Орда іс жүзінде қорғаныс министрлігі болған Әскери кеңес құрды, оны мамырда
    Челябідегі чехословак съезін құттықтаған капитан Хамит Тоқтамыс басқарды. Мақалада кеңес
    шеруден «алты күн кейін» құрылды делінеді, бірақ бұл маусым күндерінің қай күнтізбе бойынша
    берілгені айтылмайды.

caption.cs = Dne 18. června 1918 přijel do města Alaš, dočasného hlavního města, nově
    zformovaný, vycvičený a vyzbrojený kazašský jezdecký oddíl o 500 mužích s
    důstojníky-instruktory a spolu s ním předseda Alaš-Ordy Alichan Bukejchan. Telegram
    Alaš-Ordy z 11. (24.) června 1918 nařídil povolat jízdní milici a organizovat vojenské
    jednotky. Dne 24. června zřídila Alaš-Orda Vojenskou radu, fakticky ministerstvo obrany, v
    jejímž čele stál kapitán Chamit Tochtamyš, který v květnu zdravil československý sjezd v
    Čeljabinsku. Článek píše, že rada vznikla „šest dní po“ přehlídce, neuvádí však, podle
    kterého kalendáře jsou tato červnová data.

sources = Svobodnaya rech, 1918. №164; Bokeykhan, 2017: 457; Alash Orda, 1992: 109; GA RF. F.
    P-200. Op.1. D.684. L.58; Otan tarihy 2025, 28(4)
date = 1918-06-16/1918-06-25
view = 74 48 87 53
layers = base regions railways stations places units events
highlight = unit-alash-cavalry-1918-06 event-alash-orda-telegram-1918-06-11
    event-alash-military-council place-alash-qala
seconds = 6

# -------------------- Chapter 3 --------------------
[chapter]
title = Regiments at Kostanay and Orsk
title.ru = Полки в Кустанае и Орске
title.kk = Қостанай мен Жаманқаладағы полктер
title.cs = Pluky v Kustanaji a Orsku

caption = According to Saryarqa, in the summer of 1918 the first “Alash regiment” was formed in
    Kostanay under the Bashkir Major General Zulkarnain Dashkin, and the second in Zhamankala
    (Orsk) under Major General Alexander I. Dutov, ataman of the Orenburg Cossack Host. The
    Samara Committee (Komuch) recognised Alash (its declaration speaks of “autonomy”, the
    article of “sovereignty”) and gave the Alash army 2,000 rifles, 38 machine guns, 2 artillery
    pieces and 2 automobiles. Yet the same article also calls the 500 horsemen in the city of
    Alash “the first cavalry regiment”, so which regiment came first is unclear.

caption.ru = По сообщению «Сарыарки», летом 1918 года в Кустанае был сформирован первый
    «Алашский полк» под командованием башкирского генерал-майора Зулкарнаина Дашкина, а в
    Жаманкале (Орске) — второй, под командованием атамана Оренбургского казачьего войска
    генерал-майора Александра И. Дутова. Самарский комитет (Комуч) признал Алаш — в его
    декларации говорится об «автономии», а статья пишет о «суверенитете» — и передал армии Алаш
    2 000 винтовок, 38 пулемётов, 2 орудия и 2 автомобиля. Но та же статья называет «первым
    кавалерийским полком» и 500 всадников в городе Алаш, так что неясно, какой полк был первым.

caption.kk = «Сарыарқаның» хабарлауынша, 1918 жылдың жазында Қостанайда башқұрт генерал-майоры
    Зулкарнаин Дашкиннің қолбасшылығымен бірінші «Алаш полкі», ал Жаманқалада (Орскіде) Орынбор
    казак әскерінің атаманы генерал-майор Александр И. Дутовтың қолбасшылығымен екінші полк
    құрылды. Самара комитеті (Комуч) Алашты мойындады — өз декларациясында «автономия» деп, ал
    мақалада «егемендік» деп жазылған — және Алаш әскеріне 2 000 мылтық, 38 пулемет, 2 зеңбірек
    пен 2 автомобиль берді. Алайда сол мақала Алаш қаласындағы 500 атты әскерді де «бірінші атты
    әскер полкі» деп атайды, сондықтан қай полк бірінші болғаны белгісіз.

caption.cs = Podle Saryarqy byl v létě 1918 v Kustanaji zformován první „pluk Alaš“ pod velením
    baškirského generálmajora Zulkarnaina Daškina a v Žamankale (Orsku) druhý pod velením
    atamana Orenburského kozáckého vojska generálmajora Alexandra I. Dutova. Samarský výbor
    (Komuč) Alaš uznal – jeho deklarace mluví o „autonomii“, článek o „suverenitě“ – a dal
    armádě Alaše 2 000 pušek, 38 kulometů, 2 děla a 2 automobily. Týž článek však nazývá „prvním
    jezdeckým plukem“ i 500 jezdců ve městě Alaš, takže není jasné, který pluk byl první.

sources = Saryarqa, 1918, №61: 2-3; Saryarqa, 1918, №57: 2; GA RF. F.P-200. Op.1. D.684. LL.1-3;
    Alash Orda, 1992: 109; Otan tarihy 2025, 28(4)
date = 1918-06-01/1918-08-31
view = 47 50 68 55.5
layers = base regions railways stations places units events
highlight = unit-alash-regiment-1-kostanay unit-alash-regiment-2-orsk
    event-samara-komuch-alash-meeting-1918 event-komuch-arms-to-alash
seconds = 10

# -------------------- Chapter 4 --------------------
[chapter]
title = “Not a single rifle”
title.ru = «Ни одной винтовки»
title.kk = «Бірде-бір мылтық жоқ»
title.cs = „Ani jedna puška“

caption = The Alash army was short of weapons. On 18 August 1918 Bukeikhan telegraphed a
    minister of the Siberian autonomy that the commander of the Steppe Corps, Ivanov, had
    replied that “not a single rifle, not a single officer” could be given to the units being
    formed. Later Gattenberger, head of the interior ministry under Admiral Kolchak, reported
    that the summer before, 1,200 Kazakh volunteers had gathered in Semipalatinsk but got no
    weapons and, with no money to keep them, were sent home. The article treats Semipalatinsk
    and the “city of Alash” as two places, while the Vietnamese Wikipedia says that Semey itself
    was then called Alash-qala.

caption.ru = Армии Алаш не хватало оружия. 18 августа 1918 года Букейхан телеграфировал одному
    из министров Сибирской автономии, что командующий Степным корпусом Иванов ответил:
    формируемым частям нельзя дать «ни одной винтовки, ни одного офицера». Позже Гаттенбергер,
    глава министерства внутренних дел при адмирале Колчаке, сообщал, что прошлым летом в
    Семипалатинске собрались 1 200 казахских добровольцев, но оружия им не дали, а содержать их
    было не на что, и джигитов отправили по домам. Статья считает Семипалатинск и «город Алаш»
    разными местами, а вьетнамская Википедия пишет, что сам Семей тогда назывался Алаш-кала.

caption.kk = Алаш әскеріне қару жетпеді. 1918 жылғы 18 тамызда Бөкейхан Сібір автономиясы
    министрлерінің біріне жеделхат жолдап, Дала корпусының қолбасшысы Ивановтың жасақталып
    жатқан бөлімдерге «бірде-бір мылтық, бірде-бір офицер» бере алмайтынын айтқанын хабарлады.
    Кейін адмирал Колчак тұсындағы ішкі істер министрлігінің басшысы Гаттенбергер өткен жазда
    Семейге 1 200 қазақ еріктісі жиналғанын, бірақ оларға қару берілмегенін, ал ұстауға қаражат
    болмағандықтан жігіттер үйлеріне қайтарылғанын баяндады. Мақала Семей мен «Алаш қаласын» екі
    бөлек жер ретінде береді, ал вьетнам тіліндегі Уикипедияда Семейдің өзі сол кезде Алаш-қала
    деп аталған делінеді.

caption.cs = Armádě Alaše chyběly zbraně. Dne 18. srpna 1918 telegrafoval Bukejchan jednomu z
    ministrů Sibiřské autonomie, že velitel Stepního sboru Ivanov odpověděl: jednotkám, které se
    formují, nelze dát „ani jednu pušku, ani jednoho důstojníka“. Později Gattenberger, šéf
    ministerstva vnitra za admirála Kolčaka, hlásil, že se minulého léta v Semipalatinsku sešlo
    1 200 kazašských dobrovolníků, ale nedostali zbraně, a protože nebylo z čeho je živit,
    museli se vrátit domů. Článek pokládá Semipalatinsk a „město Alaš“ za dvě různá místa,
    kdežto vietnamská Wikipedie píše, že se samotný Semipalatinsk (Semej) tehdy jmenoval
    Alaš-kala.

sources = GARF. F.P-1701. Op.1. D.6v. L.29; GARF. F.P-1701. Op.1. D.6v. L.169; Otan tarihy 2025,
    28(4); S4: Vietnamese Wikipedia, «Vùng tự chủ Alash» (sources/004_35f2bdddfdd8b1e1.txt)
date = 1918-08-10/1918-08-25
view = 67 49 87 56
layers = base regions railways stations places units events
highlight = event-bukeikhan-telegram-steppe-corps unit-alash-volunteers-semipalatinsk-1918
    place-semipalatinsk place-alash-qala
seconds = 6

# -------------------- Chapter 5 --------------------
[chapter]
title = Schools for Kazakh officers
title.ru = Школы для казахских офицеров
title.kk = Қазақ офицерлерін даярлайтын мектептер
title.cs = Školy pro kazašské důstojníky

caption = In 1918 two military schools (askeri medrese) for Kazakh junior officers were set up,
    one in the city of Alash and one in Uralsk. The first junior officer-instructors of the
    Alash army graduated in Uralsk on 1 October 1918. In the school in Alash, run by a Kazakh
    officer with Russian assistants, 27 Kazakhs were in training; they were soon to leave for
    Semirechye to form a second cavalry partisan regiment, for which 280 volunteers had already
    signed up. “Our military command must consist exclusively of our own cadres,” Bukeikhan
    wrote in 1918.

caption.ru = В 1918 году были созданы две военные школы (аскери медресе) для казахских младших
    офицеров — в городе Алаш и в Уральске. Первый выпуск младших офицеров-инструкторов армии
    Алаш состоялся в Уральске 1 октября 1918 года. В школе в Алаше, которой руководил казахский
    офицер с русскими помощниками, учились 27 казахов; вскоре им предстояло отправиться в
    Семиречье, чтобы сформировать второй кавалерийский партизанский полк, в который уже
    записались 280 добровольцев. «Наш военный командный состав должен состоять исключительно из
    наших собственных кадров», — писал Букейхан в 1918 году.

caption.kk = 1918 жылы қазақ кіші офицерлерін даярлайтын екі әскери мектеп (әскери медресе)
    құрылды — біреуі Алаш қаласында, екіншісі Оралда. Алаш әскерінің кіші нұсқаушы офицерлерінің
    алғашқы түлектері Оралда 1918 жылғы 1 қазанда шықты. Қазақ офицері басқарған, көмекшілері
    орыс офицерлері болған Алаштағы мектепте 27 қазақ оқыды; олар жақын арада Жетісуға барып,
    екінші атты партизан полкін құруы тиіс еді, оған 280 ерікті жазылып та қойған. «Біздің
    әскери басшылығымыз тек өз кадрларымыздан тұруы керек», — деп жазды Бөкейхан 1918 жылы.

caption.cs = V roce 1918 vznikly dvě vojenské školy (askeri medrese) pro kazašské nižší
    důstojníky – jedna ve městě Alaš a druhá v Uralsku. První nižší důstojníci-instruktoři
    armády Alaše absolvovali v Uralsku 1. října 1918. Ve škole v Alaši, kterou vedl kazašský
    důstojník s ruskými pomocníky, se cvičilo 27 Kazachů; měli brzy odjet do Semireči a
    zformovat tam druhý jezdecký partyzánský pluk, do něhož se už přihlásilo 280 dobrovolníků.
    „Naše vojenské velení se musí skládat výhradně z našich vlastních kádrů,“ napsal Bukejchan v
    roce 1918.

sources = Alash: Saryarqa, 1918: 3; GARF. F.P-1701. Op.1. D.6v. L.170; Alash Abai, 1918: 1; Otan
    tarihy 2025, 28(4)
date = 1918-09-24/1918-10-08
view = 49 46.5 83 54.5
layers = base regions railways stations places units events
highlight = unit-alash-school-uralsk event-uralsk-officers-graduation unit-alash-school-alash
seconds = 6

# -------------------- Chapter 6 --------------------
[chapter]
title = Nearly eight regiments
title.ru = Почти восемь полков
title.kk = Сегізге жуық полк
title.cs = Téměř osm pluků

caption = In December 1918 Saryarqa reported 2,000 fighters in Uralsk, two cavalry regiments in
    Turgay (at Orsk and Kostanay), two in the city of Alash and two in Semirechye: “nearly eight
    Alash regiments” by the end of the year. Bukeikhan told Admiral Kolchak’s government that
    “our militia is an army”, with “750 of our dzhigits at the front in Semirechye, 540 near
    Troitsk, and 2,000 in the Ural region”. The two reports may count the same men, so their
    numbers must not be added up; the article also cites the Saryarqa report once as issue №63
    and once as issue №61.

caption.ru = В декабре 1918 года «Сарыарка» сообщала о 2 000 бойцов в Уральске, двух
    кавалерийских полках в Тургае (в Орске и Кустанае), двух в городе Алаш и двух в Семиречье —
    «почти восьми алашских полках» к концу года. Букейхан говорил правительству адмирала
    Колчака, что «наша милиция — это армия»: «750 наших джигитов на фронте в Семиречье, 540 под
    Троицком и 2 000 в Уральской области». Эти два сообщения могут считать одних и тех же людей,
    поэтому их числа нельзя складывать; к тому же сообщение «Сарыарки» статья в одном месте
    приводит как номер 63, а в другом — как номер 61.

caption.kk = 1918 жылғы желтоқсанда «Сарыарқа» Оралда 2 000 жауынгер, Торғайда (Жаманқала мен
    Қостанайда) екі атты әскер полкі, Алаш қаласында екі және Жетісуда екі полк бар деп
    хабарлады: жыл соңына қарай «сегізге жуық Алаш полкі». Бөкейхан адмирал Колчактың үкіметіне
    «біздің милиция — бұл әскер» деп, «750 жігітіміз Жетісу майданында, 540-ы Троицк маңында,
    2 000-ы Орал облысында» екенін айтты. Бұл екі хабар бір адамдарды екі рет санауы мүмкін,
    сондықтан олардың сандарын қосуға болмайды; оның үстіне мақала «Сарыарқаның» бұл хабарын бір
    жерде №63, ал басқа жерде №61 нөмір деп көрсетеді.

caption.cs = V prosinci 1918 psala Saryarqa o 2 000 bojovnících v Uralsku, dvou jezdeckých
    plucích v Turgaji (v Orsku a Kustanaji), dvou ve městě Alaš a dvou v Semireči – ke konci
    roku „téměř osm pluků Alaše“. Bukejchan vládě admirála Kolčaka řekl, že „naše milice je
    armáda“: „750 našich džigitů je na frontě v Semireči, 540 u Troicku a 2 000 v Uralské
    oblasti“. Obě zprávy mohou počítat tytéž muže, a proto se jejich čísla nesmějí sčítat;
    článek navíc tuto zprávu Saryarqy cituje jednou jako číslo 63 a jindy jako číslo 61.

sources = Saryarqa, 1918, №63: 1; Saryarqa, 1918, №61: 1; Alash Orda, 1992: 142; Otan tarihy
    2025, 28(4)
date = 1918-12-01/1918-12-31
view = 46 42.5 86 56
layers = base regions railways stations places units events
highlight = unit-alash-fighters-uralsk-1918-12 unit-alash-regiment-1-kostanay
    unit-alash-regiment-2-orsk unit-alash-regiments-alash-1918-12
    unit-alash-regiments-semirechye-1918-12 unit-alash-front-semirechye unit-alash-troitsk
    unit-alash-ural-region
seconds = 8

# -------------------- Chapter 7 --------------------
[chapter]
title = The Kazakh Cavalry Brigade
title.ru = Казахская кавалерийская бригада
title.kk = Қазақ атты әскер бригадасы
title.cs = Kazašská jezdecká brigáda

caption = By early January 1919, the article says, eight separate cavalry regiments of the Alash
    army had been formed, and the 1st and 2nd Cavalry Regiments had been merged into a Kazakh
    Cavalry Brigade under Captain Kh. Tokhtamys. The source does not say where the brigade
    stood: the map puts it at Kostanay, beside the first regiment, and that is only a guess. On
    17 January 1919 the Alash Orda told Japan that it could raise 150,000–200,000 warriors
    without great difficulty but lacked weapons and ammunition; the article names this shortage,
    and the lack of modern military skills, as the two great obstacles for the Alash army.

caption.ru = К началу января 1919 года, по словам статьи, было сформировано восемь отдельных
    кавалерийских полков армии Алаш, а 1-й и 2-й кавалерийские полки были сведены в Казахскую
    кавалерийскую бригаду под командованием капитана Х. Тохтамышева. Где стояла бригада,
    источник не говорит: карта помещает её в Кустанай, рядом с первым полком, и это лишь
    предположение. 17 января 1919 года Алаш-Орда сообщила Японии, что без особого труда может
    мобилизовать 150–200 тысяч воинов, но ей не хватает оружия и боеприпасов; именно эту
    нехватку, а также недостаток современных военных навыков статья называет двумя главными
    препятствиями для армии Алаш.

caption.kk = Мақаланың айтуынша, 1919 жылғы қаңтардың басына қарай Алаш әскерінің сегіз жеке
    атты әскер полкі құрылып, 1-ші және 2-ші атты әскер полктері капитан Х. Тоқтамыстың
    қолбасшылығымен Қазақ атты әскер бригадасына біріктірілген. Бригаданың қай жерде тұрғанын
    дерек айтпайды: картада ол бірінші полктің жанында, Қостанайда көрсетілген, бұл тек болжам.
    1919 жылғы 17 қаңтарда Алаш Орда Жапонияға 150–200 мың жауынгерді қиындықсыз жұмылдыра
    алатынын, бірақ қару мен оқ-дәрі жетіспейтінін хабарлады; мақала осы тапшылықты және
    заманауи әскери дағдының жетіспеуін Алаш әскерінің жолындағы екі үлкен кедергі деп атайды.

caption.cs = Podle článku bylo do začátku ledna 1919 zformováno osm samostatných jezdeckých
    pluků armády Alaše a 1. a 2. jezdecký pluk byly sloučeny do Kazašské jezdecké brigády pod
    velením kapitána Ch. Tochtamyše. Kde brigáda stála, pramen neuvádí: mapa ji klade do
    Kustanaje vedle prvního pluku, a to je jen odhad. Dne 17. ledna 1919 sdělila Alaš-Orda
    Japonsku, že bez větších potíží zmobilizuje 150–200 tisíc bojovníků, chybějí jí však zbraně
    a střelivo; právě tento nedostatek a chybějící moderní vojenské dovednosti článek jmenuje
    jako dvě hlavní překážky armády Alaše.

sources = RGVA. F.39711. Op.1. D.2. L.75; JACAR. B03. 051221900. URL: 24-25; Otan tarihy 2025,
    28(4)
date = 1919-01-01/1919-01-17
view = 46 42.5 86 56
layers = base regions railways stations places units events
highlight = unit-alash-cavalry-brigade
seconds = 6
