package explain

// Quote is a sentence of the paper: the English original, verbatim from the
// paper's English text, and its rendering in the language asked for (for
// English, the original itself). Parts of one passage may be joined by
// " … ".
type Quote struct {
	// ID is a stable key, e.g. "not-high-intensity".
	ID string `json:"id"`
	// Section is the paper's section the sentence stands in ("1" to "5").
	Section string `json:"section"`
	// Text is the sentence in the language asked for.
	Text string `json:"text"`
	// English is the paper's sentence, verbatim.
	English string `json:"en"`
}

// paperQuote is one sentence of the paper with its translations. The paper's
// English is a machine translation of a Chinese original; the Chinese
// renderings translate what the English says, reading its garbled passages
// the way the Chinese original evidently put them (e.g. "Taiwan" for the
// measure word 台, "positive conflict" for 正面冲突).
type paperQuote struct {
	id, section, en string
	zhCN, zhTW      string
}

// paperQuotes holds every sentence of the paper that the package quotes,
// including those of model.EvidenceTable, model.Derivations and
// model.Presets, which are found by their English text.
var paperQuotes = []paperQuote{
	// Section 1.
	{
		id: "root-cause", section: "1",
		en:   "A country's consideration of its own security and its doubts about the intentions of other countries thus make the mutual improvement of military power between them is the root cause of the formation of a security dilemma",
		zhCN: "一国对自身安全的考量及其对他国意图的疑虑，使彼此相互增强军事力量，这是安全困境形成的根本原因",
		zhTW: "一國對自身安全的考量及其對他國意圖的疑慮，使彼此相互增強軍事力量，這是安全困境形成的根本原因",
	},
	{
		id: "neoliberal", section: "1",
		en:   "Furthermore, neoliberalism believes that if the two sides can work out a system that can regulate the military expansion of both sides, it will not only avoid security dilemmas, but also create cooperation in an anarchic international society",
		zhCN: "此外，新自由主义认为，如果双方能够制定出一套约束双方军事扩张的制度，不仅可以避免安全困境，还能在无政府状态的国际社会中创造合作",
		zhTW: "此外，新自由主義認為，如果雙方能夠制定出一套約束雙方軍事擴張的制度，不僅可以避免安全困境，還能在無政府狀態的國際社會中創造合作",
	},
	// Section 2: the figures.
	{
		id: "internet-users", section: "2",
		en:   "According to the world bank, to the end of 2017, China 54 person in a hundred network. While the United States is every 64 people using the Internet, combined with the two population size, the total number of Internet users in China and the United States accounted for 28.2% of the number of Internet users in the world",
		zhCN: "据世界银行统计，截至2017年底，中国每百人中有54人上网，而美国每百人中有64人使用互联网；结合两国人口规模，中美网民总数占全球网民总数的28.2%",
		zhTW: "據世界銀行統計，截至2017年底，中國每百人中有54人上網，而美國每百人中有64人使用網際網路；結合兩國人口規模，中美網路使用者總數占全球網路使用者總數的28.2%",
	},
	{
		id: "secure-servers", section: "2",
		en:   "only 272 per million people in the United States Taiwan security control server (Secure Internet servers) in order to protect the security of network activity, lower than some developed countries. China has only 209 security control servers, which is less than most developing countries.",
		zhCN: "美国每百万人仅有272台用于保障网络活动安全的安全服务器（Secure Internet servers），低于一些发达国家。中国仅有209台安全服务器，少于大多数发展中国家。",
		zhTW: "美國每百萬人僅有272台用於保障網路活動安全的安全伺服器（Secure Internet servers），低於一些已開發國家。中國僅有209台安全伺服器，少於大多數開發中國家。",
	},
	{
		id: "apt-groups", section: "2",
		en:   "And more than 30 hacker organizations attacked China's critical infrastructure network with an Advanced Persistent Threat attack.",
		zhCN: "另有30多个黑客组织以高级持续性威胁（APT）攻击了中国的关键基础设施网络。",
		zhTW: "另有30多個駭客組織以進階持續性威脅（APT）攻擊了中國的關鍵基礎設施網路。",
	},
	{
		id: "ddos-us", section: "2",
		en:   "Network security giant Kabasiji (Kaspersky) Company statistics in 2017 fourth quarter U.S. suffered a distributed denial of service attacks accounted for the global increase in the ratio of 3%, compared with the second quarter reached 16%, after China, ranked second in the world.",
		zhCN: "据网络安全巨头卡巴斯基（Kaspersky）公司统计，2017年第四季度美国遭受的分布式拒绝服务攻击占全球的比例较第二季度上升3%，达到16%，仅次于中国，居全球第二。",
		zhTW: "據網路安全巨頭卡巴斯基（Kaspersky）公司統計，2017年第四季美國遭受的分散式阻斷服務攻擊占全球的比例較第二季上升3%，達到16%，僅次於中國，居全球第二。",
	},
	{
		id: "security-market-china", section: "2",
		en:   "In 2017, the overall size of the security market Chinese of domestic enterprises is about 43 billion 920 million yuan, an increase of about 27.6%",
		zhCN: "2017年，中国国内企业安全市场的整体规模约为439.2亿元，增长约27.6%",
		zhTW: "2017年，中國國內企業資安市場的整體規模約為人民幣439.2億元，成長約27.6%",
	},
	{
		id: "security-market-north-america", section: "2",
		en:   "In addition, the North American cybersecurity market is expected to grow by 10.4% annually to reach $66 billion.",
		zhCN: "此外，北美网络安全市场预计将以每年10.4%的速度增长，达到660亿美元。",
		zhTW: "此外，北美資安市場預計將以每年10.4%的速度成長，達到660億美元。",
	},
	{
		id: "us-cyber-budget", section: "2",
		en:   "The report pointed out that the United States in fiscal year 2019, $8 billion over budget for security, and network information system security defense. … And maintain the 133 Cyber Mission Force",
		zhCN: "报告指出，美国2019财年的网络安全预算超过80亿美元，用于网络信息系统安全防御……并维持133支网络任务部队",
		zhTW: "報告指出，美國2019會計年度的網路安全預算超過80億美元，用於網路資訊系統安全防禦……並維持133支網路任務部隊",
	},
	// Section 3: the judgment and the episodes.
	{
		id: "guiding-principles", section: "3",
		en:   "State Councilor Guo Shengqi signed the Guiding Principles for Combating Cybercrime and Related Matters in Washington on December 4, 2015 with the U.S. Attorney General and Homeland Security Secretary.",
		zhCN: "2015年12月4日，国务委员郭声琨在华盛顿与美国司法部长和国土安全部部长签署了《打击网络犯罪及相关事项指导原则》。",
		zhTW: "2015年12月4日，國務委員郭聲琨在華盛頓與美國司法部長及國土安全部部長簽署了《打擊網路犯罪及相關事項指導原則》。",
	},
	{
		id: "dialogues-2017-2018", section: "3",
		en:   "In order to ensure the security and stability of cyberspace in which the two major cyber powers coexist, the first round of law enforcement and Cybersecurity dialogue between China and the United States was successfully held in Washington in 2017 and 2018.",
		zhCN: "为确保两大网络强国共存的网络空间安全稳定，中美首轮执法及网络安全对话于2017年和2018年在华盛顿成功举行。",
		zhTW: "為確保兩大網路強國共存的網路空間安全穩定，中美首輪執法及網路安全對話於2017年和2018年在華盛頓成功舉行。",
	},
	{
		id: "concealment", section: "3",
		en:   "For example, the concealment of the network makes it impossible to trace the source accurately after being attacked by itself.",
		zhCN: "例如，网络的隐蔽性使得自身遭受攻击后无法准确溯源。",
		zhTW: "例如，網路的隱蔽性使得自身遭受攻擊後無法準確溯源。",
	},
	{
		id: "technical-control", section: "3",
		en:   "That is to say, the United States has implemented the overall technical control of the starting end to the terminal in the cyberspace, such as: Prism.",
		zhCN: "也就是说，美国在网络空间实现了从起始端到终端的全面技术控制，例如“棱镜”计划。",
		zhTW: "也就是說，美國在網路空間實現了從起始端到終端的全面技術控制，例如「稜鏡」計畫。",
	},
	{
		id: "root-servers", section: "3",
		en:   "As a founding member of America's share of the network, the root name servers (Root Name Server) is about the number of root domain server in 17%, and Chinese accounted for only 0.7%.",
		zhCN: "作为互联网的创始国，美国拥有的根域名服务器（Root Name Server）约占根服务器总数的17%，而中国仅占0.7%。",
		zhTW: "作為網際網路的創始國，美國擁有的根網域名稱伺服器（Root Name Server）約占根伺服器總數的17%，而中國僅占0.7%。",
	},
	{
		id: "foreign-os", section: "3",
		en:   "Not only that, about 90% of current Chinese computers and mobile terminals are installed with Microsoft, Apple or Android.",
		zhCN: "不仅如此，目前中国约90%的计算机和移动终端安装的是微软、苹果或安卓系统。",
		zhTW: "不僅如此，目前中國約90%的電腦和行動終端安裝的是微軟、蘋果或Android系統。",
	},
	{
		id: "public-opinion", section: "3",
		en:   "Second, the offensive side of the United States has more advantages in online public opinion.",
		zhCN: "第二，作为进攻方的美国在网络舆论上更具优势。",
		zhTW: "第二，作為攻方的美國在網路輿論上更具優勢。",
	},
	{
		id: "english", section: "3",
		en:   "First of all, the United States, with its native language English as its mother tongue, combined with its developed media industry, is more able to occupy the right to speak in cyberspace.",
		zhCN: "首先，美国以英语为母语，加之传媒产业发达，更能在网络空间占据话语权。",
		zhTW: "首先，美國以英語為母語，加上傳媒產業發達，更能在網路空間占據話語權。",
	},
	{
		id: "hackers-talks", section: "3",
		en:   "In 1999 -2010, the two sides folk hackers to attack each other, then, in 2009 -2012 years, high-level network to ease tensions held several talks.",
		zhCN: "1999—2010年，双方民间黑客相互攻击；随后在2009—2012年，双方高层为缓和网络紧张局势举行了数次会谈。",
		zhTW: "1999—2010年，雙方民間駭客相互攻擊；隨後在2009—2012年，雙方高層為緩和網路緊張局勢舉行了數次會談。",
	},
	{
		id: "mandiant-sunnylands", section: "3",
		en:   "In February 2013, Mandy company (Madiant) China accused of cyber espionage has a military background, then the two sides in 2013 years at the Annenberg estate (Sunnylands) to ease the tension.",
		zhCN: "2013年2月，曼迪昂特（Mandiant）公司指控中国从事有军方背景的网络间谍活动，随后双方于2013年在安纳伯格庄园（Sunnylands）缓和了紧张关系。",
		zhTW: "2013年2月，Mandiant公司指控中國從事具軍方背景的網路間諜活動，隨後雙方於2013年在安納柏格莊園（Sunnylands）緩和了緊張關係。",
	},
	{
		id: "snowden", section: "3",
		en:   "In July, the Snowden incident broke out and the two sides eased the atmosphere after the strategic security talks.",
		zhCN: "7月，斯诺登事件爆发，双方经过战略安全对话缓和了气氛。",
		zhTW: "7月，史諾登事件爆發，雙方經過戰略安全對話緩和了氣氛。",
	},
	{
		id: "indictment", section: "3",
		en:   "In May 2014, the United States accused five Chinese soldiers of engaging in cyber espionage activities, but the two sides resolved the confrontation in a new round of strategic security dialogue.",
		zhCN: "2014年5月，美国指控五名中国军人从事网络间谍活动，但双方在新一轮战略安全对话中化解了对峙。",
		zhTW: "2014年5月，美國指控五名中國軍人從事網路間諜活動，但雙方在新一輪戰略安全對話中化解了對峙。",
	},
	{
		id: "crises-resolved", section: "3",
		en:   "In 1999 -2010, the two sides folk hackers to attack each other, then, in 2009 -2012 years, high-level network to ease tensions held several talks. … In May 2014, the United States accused five Chinese soldiers of engaging in cyber espionage activities, but the two sides resolved the confrontation in a new round of strategic security dialogue. In general, the cybersecurity misunderstandings of both parties can always be properly resolved.",
		zhCN: "1999—2010年，双方民间黑客相互攻击；随后在2009—2012年，双方高层为缓和网络紧张局势举行了数次会谈。……2014年5月，美国指控五名中国军人从事网络间谍活动，但双方在新一轮战略安全对话中化解了对峙。总的来说，双方在网络安全上的误解总能得到妥善解决。",
		zhTW: "1999—2010年，雙方民間駭客相互攻擊；隨後在2009—2012年，雙方高層為緩和網路緊張局勢舉行了數次會談。……2014年5月，美國指控五名中國軍人從事網路間諜活動，但雙方在新一輪戰略安全對話中化解了對峙。總的來說，雙方在網路安全上的誤解總能得到妥善解決。",
	},
	{
		id: "resolved", section: "3",
		en:   "In general, the cybersecurity misunderstandings of both parties can always be properly resolved.",
		zhCN: "总的来说，双方在网络安全上的误解总能得到妥善解决。",
		zhTW: "總的來說，雙方在網路安全上的誤解總能得到妥善解決。",
	},
	{
		id: "not-high-intensity", section: "3",
		en:   "Based on the above judgment conditions and the Robert Jervis classification model, China and the United States are not in a high-intensity security dilemma, but there is still a problem of security dilemma.",
		zhCN: "根据上述判断条件和罗伯特·杰维斯的分类模型，中美两国并未处于高强度的安全困境，但仍然存在安全困境问题。",
		zhTW: "根據上述判斷條件與羅伯特·傑維斯的分類模型，中美兩國並未處於高強度的安全困境，但仍然存在安全困境問題。",
	},
	{
		id: "dominant-party", section: "3",
		en:   "That is, the United States is the dominant party, increasing the possibility of a positive conflict, and China must develop network technology in order to ensure that it is not attacked.",
		zhCN: "也就是说，美国是占主导地位的一方，增加了正面冲突的可能性，而中国为确保自身不受攻击，必须发展网络技术。",
		zhTW: "也就是說，美國是居主導地位的一方，增加了正面衝突的可能性，而中國為確保自身不受攻擊，必須發展網路技術。",
	},
	{
		id: "doubly-dangerous", section: "3",
		en:   "First, the United States still maintains its technological superiority. Once the two sides fail to develop a consensus, they fall into a double crisis (Doubly Dangerous).",
		zhCN: "第一，美国继续保持技术优势。一旦双方未能形成共识，便会陷入双重危险（Doubly Dangerous）。",
		zhTW: "第一，美國繼續保持技術優勢。一旦雙方未能形成共識，便會陷入雙重危險（Doubly Dangerous）。",
	},
	{
		id: "china-tech-advantage", section: "3",
		en:   "Secondly, China has the technological advantages and is in a controllable position, regardless of whether there is consensus on understanding between the two sides or not (Security Requirement is compatible or Doubly Safety).",
		zhCN: "第二，中国掌握技术优势，处于可控地位，无论双方在认识上是否达成共识（安全需求相容或双重安全）。",
		zhTW: "第二，中國掌握技術優勢，處於可控地位，無論雙方在認識上是否達成共識（安全需求相容或雙重安全）。",
	},
	{
		id: "cannot-confirm", section: "3",
		en:   "It is impossible for China and the United States to confirm whether each other is the source of the attack, whether it has some kind of attack capability, and whether it is intended to be an attack target.",
		zhCN: "中美两国无法确认对方是否为攻击来源、是否具备某种攻击能力，以及是否意图将自己作为攻击目标。",
		zhTW: "中美兩國無法確認對方是否為攻擊來源、是否具備某種攻擊能力，以及是否意圖將自己作為攻擊目標。",
	},
	{
		id: "relative-control", section: "3",
		en:   "Therefore, the relative control of cyberspace is the inevitable result of two big countries.",
		zhCN: "因此，两个大国对网络空间实行相对控制是必然的结果。",
		zhTW: "因此，兩個大國對網路空間實行相對控制是必然的結果。",
	},
	// Section 4.
	{
		id: "dominant-technology", section: "4",
		en:   "Which country has the dominant technology will occupy the dominant position of cyberspace.",
		zhCN: "哪个国家掌握主导技术，哪个国家就将在网络空间占据主导地位。",
		zhTW: "哪個國家掌握主導技術，哪個國家就將在網路空間占據主導地位。",
	},
	{
		id: "coincident", section: "4",
		en:   "Therefore, even if China and the United States are in a situation without threats, they will actively pursue better network technology, thus forming a coincident security dilemma.",
		zhCN: "因此，即使中美两国处于没有威胁的环境中，也会积极追求更好的网络技术，从而形成一种偶合性的安全困境。",
		zhTW: "因此，即使中美兩國處於沒有威脅的環境中，也會積極追求更好的網路技術，從而形成一種偶合性的安全困境。",
	},
	// Section 5: the suggestions.
	{
		id: "no-responsibility", section: "5",
		en:   "First, the concealment does not mean that the network no responsibility network space.",
		zhCN: "第一，隐蔽性并不意味着网络空间是无须担责的空间。",
		zhTW: "第一，隱蔽性並不意味著網路空間是無須擔責的空間。",
	},
	{
		id: "laws-supervision", section: "5",
		en:   "Therefore, both parties should establish and improve their own network laws and network supervision systems.",
		zhCN: "因此，双方都应建立健全各自的网络法律和网络监管体系。",
		zhTW: "因此，雙方都應建立健全各自的網路法律與網路監管體系。",
	},
	{
		id: "state-management", section: "5",
		en:   "Second, the non-regional nature of cyberspace does not imply the non-regional nature of state management.",
		zhCN: "第二，网络空间的非地域性并不意味着国家管理的非地域性。",
		zhTW: "第二，網路空間的非地域性並不意味著國家管理的非地域性。",
	},
	{
		id: "maintenance-mechanism", section: "5",
		en:   "Therefore, China and the United States should actively and properly establish a network security maintenance mechanism and assume the responsibility of network security protection after clarifying the legal provisions of their own network domains.",
		zhCN: "因此，中美两国应在明确各自网络领域法律规定的基础上，积极稳妥地建立网络安全维护机制，承担网络安全保护的责任。",
		zhTW: "因此，中美兩國應在釐清各自網路領域法律規定的基礎上，積極穩妥地建立網路安全維護機制，承擔網路安全保護的責任。",
	},
	{
		id: "not-a-battlefield", section: "5",
		en:   "Thirdly, the cultural nature of cyberspace does not mean that the network is the battlefield of the conflict between soft power and civilization.",
		zhCN: "第三，网络空间的文化属性并不意味着网络是软实力与文明冲突的战场。",
		zhTW: "第三，網路空間的文化屬性並不意味著網路是軟實力與文明衝突的戰場。",
	},
	{
		id: "exchanges", section: "5",
		en:   "Therefore, China and the United States should strengthen multi-level exchanges and cooperation, and promote social cooperation in various fields such as art, ideology, culture, and science and technology through social forces.",
		zhCN: "因此，中美两国应加强多层次的交流与合作，借助社会力量推动艺术、思想、文化、科技等各领域的社会合作。",
		zhTW: "因此，中美兩國應加強多層次的交流與合作，藉助社會力量推動藝術、思想、文化、科技等各領域的社會合作。",
	},
}

// render returns q in l.
func (q paperQuote) render(l Lang) Quote {
	t := q.en
	switch l.valid() {
	case ZhCN:
		t = q.zhCN
	case ZhTW:
		t = q.zhTW
	}
	return Quote{ID: q.id, Section: q.section, Text: t, English: q.en}
}

// PaperQuote returns the paper's sentence with the given id in l.
func PaperQuote(l Lang, id string) (Quote, bool) {
	for _, q := range paperQuotes {
		if q.id == id {
			return q.render(l), true
		}
	}
	return Quote{}, false
}

// quote returns the quote with the given id; the ids are constants of this
// package, so an unknown one is a programmer error and panics.
func quote(l Lang, id string) Quote {
	q, ok := PaperQuote(l, id)
	if !ok {
		panic("explain: no quote " + id)
	}
	return q
}

// quoteOf returns the quote whose English is en, as the model's evidence,
// derivations and presets hold it. If the model's sentence is not in the
// table (a test makes sure it is), the English is returned as the text.
func quoteOf(l Lang, en, section string) Quote {
	for _, q := range paperQuotes {
		if q.en == en {
			return q.render(l)
		}
	}
	return Quote{Section: section, Text: en, English: en}
}
