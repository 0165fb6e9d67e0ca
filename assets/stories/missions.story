# histmap story: two missions of the Alash Orda: Zhansha Dosmukhamedov's delegation to the Soviet
# government in Moscow (March–April 1918) and Raimzhan Marsek's mission to Vladivostok (January
# 1919). Format: see README.md in this folder. Facts and dates follow shared/sources (EVENTS.md
# group C); every chapter's `sources` line gives the citations as the texts print them.

[story]
title = Missions: Moscow 1918 and Vladivostok 1919
title.ru = Миссии: Москва, 1918 и Владивосток, 1919
title.kk = Миссиялар: Мәскеу, 1918 және Владивосток, 1919
title.cs = Mise: Moskva 1918 a Vladivostok 1919
summary = Two journeys of Alash Orda diplomacy: Zhansha Dosmukhamedov’s delegation to the Soviet
    government in Moscow in March–April 1918, and Raimzhan Marsek’s mission to the Czechoslovak,
    American and Japanese representatives in Vladivostok in January 1919.
summary.ru = Два пути дипломатии Алаш-Орды: делегация Жанши Досмухамедова к советскому
    правительству в Москву в марте–апреле 1918 года и миссия Раимжана Марсекова к чехословацким,
    американским и японским представителям во Владивостоке в январе 1919 года.
summary.kk = Алаш Орда дипломатиясының екі сапары: Жаһанша Досмұхамедов бастаған делегацияның
    1918 жылғы наурыз–сәуірде Мәскеуге, Кеңес үкіметіне баруы және Райымжан Мәрсековтің 1919
    жылғы қаңтарда Владивостоктағы чехословак, америка және жапон өкілдеріне барған миссиясы.
summary.cs = Dvě cesty diplomacie Alaš-Ordy: delegace Žanši Dosmuchamedova k sovětské vládě do
    Moskvy v březnu a dubnu 1918 a mise Raimžana Marseka k československým, americkým a
    japonským představitelům ve Vladivostoku v lednu 1919.

# -------------------- Chapter 1 --------------------
[chapter]
title = A delegation sets out for Moscow
title.ru = Делегация едет в Москву
title.kk = Делегация Мәскеуге аттанады
title.cs = Delegace se vydává do Moskvy

caption = In March 1918 a delegation of the Alash-Orda led by Zhansha (Zhahansha) Dosmukhamedov
    travelled to Moscow to negotiate with the new Soviet government; it was there by the middle
    of the month. It had been sent by a congress of the Kazakhs of Ural oblast, Khalel
    Dosmukhamedov, head of the oblast zemstvo board, went with it, and it spoke for the central
    Alash-Orda, which could not work in Semey (Semipalatinsk), then ruled by the Bolsheviks. The
    source calls it the Alash-Orda delegation, yet in the Saratov part of the story it is the
    “Ural delegation”. The start at Uralsk and the days of travel on the map are a
    reconstruction: the source does not give them.

caption.ru = В марте 1918 года делегация Алаш-Орды во главе с Жаншой (Жаханшой) Досмухамедовым
    отправилась в Москву на переговоры с новым советским правительством; к середине месяца она
    была там. Её направил съезд казахов Уральской области, с ней ехал председатель областной
    земской управы Халел Досмухамедов, и говорила она от имени центральной Алаш-Орды, которая не
    могла работать в Семипалатинске, находившемся тогда под властью большевиков. Источник
    называет её делегацией Алаш-Орды, но в рассказе о Саратове она названа «Уральской
    делегацией». Отправная точка в Уральске и дни пути на карте — реконструкция: в источнике их
    нет.

caption.kk = 1918 жылғы наурызда Жаһанша (Жанша) Досмұхамедов бастаған Алаш-Орда делегациясы
    жаңа Кеңес үкіметімен келіссөз жүргізу үшін Мәскеуге аттанды; айдың ортасында ол сонда
    болды. Делегацияны Орал облысы қазақтарының съезі жіберген еді, оның құрамында облыстық
    земство басқармасының бастығы Халел Досмұхамедов болды, ал делегация сол кезде большевиктер
    билеген Семейде жұмысқа кірісе алмай тұрған Орталық Алаш-Орда атынан сөйледі. Дерек оны
    Алаш-Орда делегациясы деп атайды, бірақ Саратов туралы баяндауда ол «Орал делегациясы» деп
    аталады. Картадағы Оралдан шығу және жол күндері қалпына келтірілген: деректе олар жоқ.

caption.cs = V březnu 1918 odjela delegace Alaš-Ordy vedená Žanšou (Žahanšou) Dosmuchamedovem do
    Moskvy jednat s novou sovětskou vládou; v polovině měsíce už tam byla. Vyslal ji sjezd
    Kazachů Uralské oblasti, jel s ní předseda oblastní zemské správy Chalel Dosmuchamedov a
    mluvila jménem ústřední Alaš-Ordy, která nemohla pracovat v Semipalatinsku, tehdy ovládaném
    bolševiky. Pramen ji nazývá delegací Alaš-Ordy, ve vyprávění o Saratově je však „uralskou
    delegací“. Start v Uralsku a dny cesty na mapě jsou rekonstrukce: pramen je neuvádí.

sources = ОММ, 1227-қ., 1-тізім, 2-іс, 1-байлам; S2: B. Koishybayev, «Тарихи келіссөзге – бір
    ғасыр» (sources/002_1bf4da2612e2b7c1.txt)
date = 1918-03-08/1918-03-15
view = 33 50 57 57
layers = base regions railways stations places missions events
highlight = mission-dosmukhamedov-moscow place-uralsk st-moscow
seconds = 6

# -------------------- Chapter 2 --------------------
[chapter]
title = Talks in Moscow
title.ru = Переговоры в Москве
title.kk = Мәскеудегі келіссөз
title.cs = Jednání v Moskvě

caption = In Moscow the delegation reported to Vladimir Lenin, chairman of the Soviet government
    (Sovnarkom), and handed over the documents of the congress that had founded the Kazakh
    autonomy in Orenburg on 5–13 (18–26) December 1917. Iosif Stalin, People’s Commissar for
    Nationalities, spoke by direct line with the Alash-Orda leaders in Semey. Sovnarkom let the
    zemstvo bodies of the Trans-Ural part of Ural oblast go on working (resolution №335 of 1
    April 1918) and granted money to bring the Kazakh organisations there onto “Soviet rails”.
    The source calls the talks a success: the Soviet leaders recognised the Kazakh national
    autonomy.

caption.ru = В Москве делегация выступила с докладом перед председателем Совнаркома Владимиром
    Лениным и передала документы съезда, создавшего казахскую автономию в Оренбурге 5–13 (18–26)
    декабря 1917 года. Народный комиссар по делам национальностей Иосиф Сталин говорил по
    прямому проводу с руководителями Алаш-Орды в Семипалатинске. Совнарком разрешил земским
    учреждениям Зауралья Уральской области продолжать работу (постановление № 335 от 1 апреля
    1918 года) и выделил средства, чтобы перевести тамошние казахские организации «на советские
    рельсы». Источник называет переговоры успешными: советское руководство признало казахскую
    национальную автономию.

caption.kk = Мәскеуде делегация Халық Комиссарлары Кеңесінің (Совнаркомның) төрағасы Владимир
    Лениннің алдында баяндама жасап, Орынборда 1917 жылғы 5–13 (18–26) желтоқсанда қазақ
    автономиясын құрған съездің құжаттарын тапсырды. Ұлт істері жөніндегі халық комиссары Иосиф
    Сталин Семейдегі Алаш-Орда басшыларымен төте желі арқылы сөйлесті. Совнарком Орал облысының
    Жайық сырты бөлігіндегі земство мекемелеріне жұмысын жалғастыра беруге келісіп (1918 жылғы 1
    сәуірдегі №335 қаулы), ондағы қазақ ұйымдарын «совет рельсіне» көшіру үшін қаржы бөлді.
    Дерек келіссөзді сәтті өтті деп бағалайды: Кеңес өкіметінің басшылығы қазақтың ұлттық
    автономиясын мойындады.

caption.cs = V Moskvě delegace podala zprávu předsedovi sovětské vlády (Sovnarkomu) Vladimiru
    Leninovi a předala dokumenty sjezdu, který 5.–13. (18.–26.) prosince 1917 v Orenburgu
    vytvořil kazašskou autonomii. Lidový komisař pro národnosti Josif Stalin hovořil přímou
    linkou s vůdci Alaš-Ordy v Semipalatinsku. Sovnarkom dovolil zemstvům Zauralí v Uralské
    oblasti dál pracovat (usnesení č. 335 z 1. dubna 1918) a uvolnil peníze na převedení tamních
    kazašských organizací „na sovětské koleje“. Pramen hodnotí jednání jako úspěšné: sovětské
    vedení uznalo kazašskou národní autonomii.

sources = ОММ, 1227-қ., 1-тізім, 2-іс, 1-байлам; S2: B. Koishybayev, «Тарихи келіссөзге – бір
    ғасыр» (sources/002_1bf4da2612e2b7c1.txt)
date = 1918-03-15/1918-04-02
view = 35 48 83 57.5
layers = base regions railways stations places missions events
highlight = event-moscow-sovnarkom-alash-talks-1918 event-moscow-sovnarkom-resolution-335
    place-semipalatinsk
seconds = 8

# -------------------- Chapter 3 --------------------
[chapter]
title = Held up in Saratov
title.ru = Задержка в Саратове
title.kk = Саратовтағы кедергі
title.cs = Zdrženi v Saratově

caption = On the way back the delegation was held up in Saratov: a representative of the Ural
    Soviet, which Cossacks had overthrown at the end of March, had spoken against it there. On
    17 April 1918 Zhansha Dosmukhamedov read an appeal at the Saratov Executive Committee saying
    that the Alash-Orda People’s Council had recognised Soviet power and that the Kazakhs beyond
    the Ural river should join no movement against it; copies were dropped from an aeroplane
    over the Kazakh lands. Other sources show the Alash Orda as an enemy of the Bolsheviks by
    June 1918, and the source notes that the Saratov story comes from a Soviet historian,
    Bakhytzhan Karataev, who disliked the Alash-Orda. In the end the mission was brought to
    nothing.

caption.ru = На обратном пути делегацию задержали в Саратове: там уже выступил против неё
    представитель Уральского совета, свергнутого казаками в конце марта. 17 апреля 1918 года
    Жанша Досмухамедов огласил на заседании Саратовского исполкома воззвание: Народный совет
    Алаш-Орды признал советскую власть, и казахи Зауралья не должны участвовать ни в каких
    движениях против неё; экземпляры воззвания сбросили с аэроплана над казахскими землями.
    Другие источники показывают Алаш-Орду к июню 1918 года противником большевиков, а сам
    источник отмечает, что рассказ о Саратове идёт от советского историка Бахытжана Каратаева,
    не любившего Алаш-Орду. В итоге миссия была сведена на нет.

caption.kk = Кері қайтар жолда делегацияны Саратовта ұстап қалды: наурыздың соңында казактар
    құлатқан Орал совдепінің өкілі сонда делегацияға қарсы сөйлеп үлгерген еді. 1918 жылғы 17
    сәуірде Жаһанша Досмұхамедов Саратов атқару комитетінің мәжілісінде үндеу жариялады:
    «Алаш-Орда» Халық Кеңесі совет өкіметін мойындады, Жайық сыртындағы қазақтар оған қарсы
    қозғалыстардың ешқайсысына қатыспауы тиіс; үндеудің даналары ұшақтан қазақ жеріне тасталды.
    Басқа деректер 1918 жылғы маусымға қарай Алаш Орданы большевиктердің қарсыласы ретінде
    көрсетеді, ал дерек авторының өзі Саратов оқиғасы Алаш-Орданы ұнатпаған советтік зерттеуші
    Бақытжан Қаратаевтан алынғанын атап өтеді. Ақыр соңында бұл миссия құрдымға кетірілді.

caption.cs = Na zpáteční cestě delegaci zadrželi v Saratově: vystoupil tam proti ní zástupce
    Uralského sovětu, který koncem března svrhli kozáci. Dne 17. dubna 1918 přečetl Žanša
    Dosmuchamedov na zasedání saratovského výkonného výboru provolání: Lidová rada Alaš-Ordy
    uznala sovětskou moc a Kazaši za řekou Ural se nemají účastnit žádného hnutí proti ní;
    výtisky provolání byly shozeny z letadla nad kazašskými zeměmi. Jiné prameny ukazují
    Alaš-Ordu v červnu 1918 jako nepřítele bolševiků a sám pramen poznamenává, že vyprávění o
    Saratově pochází od sovětského historika Bachytžana Karatajeva, který Alaš-Ordu neměl rád.
    Nakonec byla mise zmařena.

sources = ОММ, 1227-қ., 1-тізім, 2-іс, 1-байлам; S2: B. Koishybayev, «Тарихи келіссөзге – бір
    ғасыр» (sources/002_1bf4da2612e2b7c1.txt); Bokeykhan, 2017: 457; Otan tarihy 2025, 28(4);
    S4: Vietnamese Wikipedia, «Vùng tự chủ Alash» (sources/004_35f2bdddfdd8b1e1.txt)
date = 1918-03-21/1918-04-24
view = 41 49 57 53.5
layers = base regions railways stations places missions events
highlight = event-saratov-appeal-1918 event-uralsk-soviet-overthrown-1918
    mission-dosmukhamedov-appeal
seconds = 10

# -------------------- Chapter 4 --------------------
[chapter]
title = Marsek’s first mission: Chuguchak
title.ru = Первая миссия Марсекова: Чугучак
title.kk = Мәрсековтің алғашқы сапары: Шәуешек
title.cs = Marsekova první mise: Čugučak

caption = In the spring of 1918 Bukeikhan sent A. Baitursynuly, M. Dulatuly and R. Marsek to
    Eastern Turkestan in China. Through them he asked the Russian consul in Chuguchak, V.
    Dolbezhev, to petition the Chinese government to supply the Alash army from Urumqi; the
    consul telegraphed the Russian envoy in Beijing that the Alash Orda “could mobilize 40,000
    Kyrgyz (Kazakh)”. These contacts brought no result. Elsewhere the same article names only
    Baitursynov and Dulatov as the delegation to China, and the days on the map are only
    placeholders inside “the spring of 1918”.

caption.ru = Весной 1918 года Букейхан отправил А. Байтурсынова, М. Дулатова и Р. Марсекова в
    Восточный Туркестан (Китай). Через них он просил российского консула в Чугучаке В. Долбежева
    ходатайствовать перед китайским правительством о снабжении армии Алаш из Урумчи; консул
    телеграфировал российскому посланнику в Пекине, что Алаш-Орда «может мобилизовать 40 000
    киргизов (казахов)». Эти контакты ничего не дали. В другом месте та же статья называет
    участниками поездки в Китай только Байтурсынова и Дулатова, а дни на карте — лишь условные,
    внутри «весны 1918 года».

caption.kk = 1918 жылдың көктемінде Бөкейхан А. Байтұрсынұлы, М. Дулатұлы және Р. Мәрсековті
    Шығыс Түркістанға (Қытайға) жіберді. Олар арқылы ол Шәуешектегі Ресей консулы В. Долбежевтен
    Алаш әскерін Үрімжіден қару-жарақпен жабдықтау жөнінде Қытай үкіметінің алдында өтініш
    жасауды сұрады; консул Бейжіңдегі Ресей елшісіне Алаш Орда «40 000 қырғызды (қазақты)
    жұмылдыра алады» деп жеделхат жіберді. Бұл байланыстар нәтиже бермеді. Сол мақала басқа бір
    жерде Қытайға барған делегацияның құрамында тек Байтұрсынов пен Дулатовты атайды, ал
    картадағы күндер «1918 жылдың көктемі» ішіндегі шартты күндер ғана.

caption.cs = Na jaře 1918 vyslal Bukejchan A. Bajtursynova, M. Dulatova a R. Marseka do
    Východního Turkestánu v Číně. Jejich prostřednictvím požádal ruského konzula v Čugučaku V.
    Dolbeževa, aby u čínské vlády vymohl zásobování armády Alaše z Urumči; konzul telegrafoval
    ruskému vyslanci v Pekingu, že Alaš-Orda „může mobilizovat 40 000 Kirgizů (Kazachů)“. Tyto
    styky nic nepřinesly. Na jiném místě týž článek uvádí jako delegaci do Číny jen Bajtursynova
    a Dulatova a dny na mapě jsou jen orientační v rámci „jara 1918“.

sources = TsA FSB RF. D.12066. P-34862. L.29; AP RK. F.811. Op.24. D.114. L.12; Otan tarihy
    2025, 28(4)
date = 1918-04-01/1918-05-31
view = 73.5 42.5 93.5 52
layers = base regions railways stations places missions events
highlight = mission-china-1918 event-dolbezhev-telegram-chuguchak place-chuguchak place-urumchi
seconds = 6

# -------------------- Chapter 5 --------------------
[chapter]
title = Marsek’s journey to Vladivostok
title.ru = Путь Марсекова во Владивосток
title.kk = Мәрсековтің Владивостокқа сапары
title.cs = Marsekova cesta do Vladivostoku

caption = Officially, Raimzhan Marsek, former chairman of the Semipalatinsk regional zemstvo,
    went to Vladivostok on zemstvo business; in fact he went on the instructions of Bukeikhan,
    passed to him through A. Ermek and Kh. Gabbas. He travelled with I. A. Yakushev and V. I.
    Moravsky, two former members of the government of autonomous Siberia, and arrived “at the
    beginning of 1919”. The article links the mission to the order of the Czechoslovak war
    minister, M. Stefanik, in November–December 1918, that all Czechoslovak units should leave
    the front. The train route and the day he left are a reconstruction, and the article’s
    conclusion even dates the mission “1918–1919”.

caption.ru = Официально бывший председатель Семипалатинской областной земской управы Раимжан
    Марсеков ехал во Владивосток по делам земства, а на деле — по поручению Букейхана,
    переданному ему через А. Ермекова и Х. Габбасова. Он ехал вместе с И. А. Якушевым и В. И.
    Моравским, двумя бывшими членами Временного правительства автономной Сибири, и прибыл «в
    начале 1919 года». Статья связывает миссию с приказом военного министра Чехословакии М.
    Штефаника в ноябре–декабре 1918 года всем чехословацким частям уйти с фронта. Путь поездом и
    день отъезда — реконструкция, а в заключении статьи миссия даже датирована «1918–1919
    годами».

caption.kk = Ресми түрде Семей облыстық земство басқармасының бұрынғы төрағасы Райымжан Мәрсеков
    Владивостокқа земство шаруасымен барды, ал шын мәнінде Бөкейханның А. Ермеков пен Х.
    Ғаббасов арқылы берген тапсырмасымен барды. Ол автономиялы Сібірдің Уақытша үкіметінің
    бұрынғы екі мүшесі — И. А. Якушев және В. И. Моравскиймен бірге жүріп, Владивостокқа «1919
    жылдың басында» жетті. Мақала бұл миссияны Чехословакияның соғыс министрі М. Штефаниктің
    1918 жылғы қараша–желтоқсанда барлық чехословак бөлімдеріне майданнан кетуді бұйырған
    бұйрығымен байланыстырады. Пойызбен жүрген жолы мен жолға шыққан күні қалпына келтірілген,
    ал мақаланың қорытындысында миссия тіпті «1918–1919 жылдар» деп көрсетілген.

caption.cs = Oficiálně jel bývalý předseda semipalatinské oblastní zemské správy Raimžan Marsek
    do Vladivostoku v záležitostech zemstva, ve skutečnosti však na pokyn Bukejchana, který mu
    předali A. Jermekov a Ch. Gabbasov. Cestoval s I. A. Jakuševem a V. I. Moravským, dvěma
    bývalými členy prozatímní vlády autonomní Sibiře, a na místo dorazil „na začátku roku 1919“.
    Článek spojuje misi s rozkazem československého ministra války M. R. Štefánika z listopadu
    až prosince 1918, aby všechny československé jednotky opustily frontu. Trasa vlakem a den
    odjezdu jsou rekonstrukce a závěr článku misi dokonce datuje „1918–1919“.

sources = SA KNB RK. F.9. Op.1. D.305. L.193; SA KNB RK. F.9. Op.1. D.305. LL. 193-210, 228-233;
    Otan tarihy 2025, 28(4)
date = 1918-12-14/1919-01-03
view = 72 41 134 57
layers = base regions railways stations places movements missions events
highlight = mission-marsek-transsib event-a34-stefanik-inspection
seconds = 10

# -------------------- Chapter 6 --------------------
[chapter]
title = At the Czechoslovak consulate
title.ru = В чехословацком консульстве
title.kk = Чехословак консулдығында
title.cs = Na československém konzulátu

caption = In early January 1919 Marsek went “first of all” to the Czechoslovak consul in
    Vladivostok. He told him that the people of Siberia, the Kazakhs included, did not want to
    be ruled by Admiral Kolchak and asked him not to support Kolchak; the Alash Orda hoped to
    obtain the weapons and ammunition of the departing Czechoslovak Corps. Marsek also met the
    commander of the American forces in the Far East and Siberia and the American envoy to
    Japan: “All these individuals to whom we spoke received us favorably and promised to convey
    our request to their respective governments.” Yet the Corps’ weapons never reached the Alash
    Orda.

caption.ru = В начале января 1919 года Марсеков «прежде всего» пришёл к чехословацкому консулу
    во Владивостоке. Он сказал, что население Сибири, в том числе казахи, не хочет власти
    адмирала Колчака, и просил консула не поддерживать Колчака; Алаш-Орда надеялась получить
    оружие и боеприпасы уходящего Чехословацкого корпуса. Марсеков встречался также с
    командующим американскими войсками на Дальнем Востоке и в Сибири и с американским
    посланником в Японии: «Все эти лица, с которыми мы говорили, приняли нас благосклонно и
    обещали передать нашу просьбу своим правительствам». Но оружие корпуса к Алаш-Орде так и не
    попало.

caption.kk = 1919 жылғы қаңтардың басында Мәрсеков Владивостоктағы чехословак консулына «ең
    алдымен» барды. Ол Сібір халқы, соның ішінде қазақтар да адмирал Колчактың билігін
    қаламайтынын айтып, консулдан Колчакты қолдамауды сұрады; Алаш Орда кетіп бара жатқан
    Чехословак корпусының қару-жарағы мен оқ-дәрісін алуға үміттенді. Мәрсеков сондай-ақ Қиыр
    Шығыс пен Сібірдегі америка әскерлерінің қолбасшысымен және АҚШ-тың Жапониядағы елшісімен
    кездесті: «Біз сөйлескен осы адамдардың бәрі бізді жылы қабылдап, өтінішімізді өз
    үкіметтеріне жеткізуге уәде берді». Алайда корпустың қаруы Алаш Ордаға ешқашан жеткен жоқ.

caption.cs = Na začátku ledna 1919 zašel Marsek ve Vladivostoku „především“ za československým
    konzulem. Řekl mu, že obyvatelé Sibiře včetně Kazachů nechtějí vládu admirála Kolčaka, a
    žádal ho, aby Kolčaka nepodporoval; Alaš-Orda doufala, že získá zbraně a střelivo
    odjíždějícího Československého sboru. Marsek jednal také s velitelem amerických vojsk na
    Dálném východě a na Sibiři a s americkým vyslancem v Japonsku: „Všichni, s nimiž jsme
    mluvili, nás přijali vlídně a slíbili, že naši žádost předají svým vládám.“ Zbraně sboru se
    však k Alaš-Ordě nikdy nedostaly.

sources = SA KNB RK. F.9. Op.1. D.305. L.193; SA KNB RK. F.9. Op.1. D.305. L.194; Khandorin,
    2019: 162; Otan tarihy 2025, 28(4)
date = 1919-01-01/1919-01-10
view = 122 39 142 48
layers = base regions railways stations places movements missions events
highlight = event-a40-marsek-consulate st-vladivostok
seconds = 5

# -------------------- Chapter 7 --------------------
[chapter]
title = An appeal to Japan
title.ru = Обращение к Японии
title.kk = Жапонияға үндеу
title.cs = Výzva Japonsku

caption = On 17 January 1919 Marsek handed a written appeal of the Alash Orda government to the
    Japanese Consulate General in Vladivostok. It said that raising 150–200 thousand warriors
    was not the problem, the lack of weapons and ammunition was; with 40–50 thousand armed
    fighters, Alash Orda, together with Turkestan and Bashkiria, could drive the Bolshevik army
    out of their lands. These are claims of what could be raised, not counts of soldiers. The
    Japanese researcher Ryosuke Ono found the appeal in the archive of Japan’s Ministry of
    Foreign Affairs; the article says these documents were first discovered in 2021.

caption.ru = 17 января 1919 года Марсеков передал письменное обращение правительства Алаш-Орды в
    японское генеральное консульство во Владивостоке. В нём говорилось, что мобилизовать 150–200
    тысяч воинов — не проблема, проблема в нехватке оружия и боеприпасов; имея 40–50 тысяч
    вооружённых бойцов, Алаш-Орда вместе с Туркестаном и Башкирией могла бы изгнать
    большевистскую армию со своих земель. Это заявления о том, сколько людей можно было бы
    поднять, а не подсчёт солдат. Японский исследователь Рёсукэ Оно нашёл обращение в архиве МИД
    Японии; по словам статьи, эти документы впервые обнаружены в 2021 году.

caption.kk = 1919 жылғы 17 қаңтарда Мәрсеков Алаш Орда үкіметінің жазбаша үндеуін
    Владивостоктағы Жапонияның бас консулдығына тапсырды. Онда 150–200 мың жауынгерді жұмылдыру
    қиын емес, қиындық — қару мен оқ-дәрінің жетіспеуінде делінген; 40–50 мың қарулы жауынгермен
    Алаш Орда Түркістан және Башқұртстанмен бірге большевик әскерін өз жерлерінен қуып шыға алар
    еді. Бұл — сарбаздардың нақты саны емес, қанша адам жинауға болатыны туралы мәлімдеме.
    Үндеуді жапон зерттеушісі Рёсукэ Оно Жапония Сыртқы істер министрлігінің архивінен тапты;
    мақаланың айтуынша, бұл құжаттар алғаш рет 2021 жылы табылған.

caption.cs = Dne 17. ledna 1919 předal Marsek na japonském generálním konzulátu ve Vladivostoku
    písemnou výzvu vlády Alaš-Ordy. Stálo v ní, že zmobilizovat 150–200 tisíc bojovníků není
    problém, problémem je nedostatek zbraní a střeliva; se 40–50 tisíci ozbrojených bojovníků by
    Alaš-Orda spolu s Turkestánem a Baškirií dokázala vyhnat bolševickou armádu ze svých území.
    Jde o tvrzení, kolik lidí by bylo možné povolat, ne o počty vojáků. Výzvu našel japonský
    badatel Rjósuke Ono v archivu japonského ministerstva zahraničí; podle článku byly tyto
    dokumenty poprvé objeveny v roce 2021.

sources = JACAR. B03. 051221900. URL: 24-25; JACAR. B03. 051221900. URL: 26-30; Otan tarihy
    2025, 28(4)
date = 1919-01-10/1919-01-17
view = 121 36 145 48
layers = base regions railways stations places missions events
highlight = event-alash-appeal-japan-mobilisation mission-marsek-transsib
seconds = 5
