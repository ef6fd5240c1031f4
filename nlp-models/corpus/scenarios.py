# -*- coding: utf-8 -*-
"""Scenario phrase bank for the Hemşehri training corpus (written for this project, no third-party text).

Each scenario: (department, urgency_reason or None, out_of_scope institution or None, phrases by category).
Phrases in the list "E" are held out: they only appear in the evaluation split (different sentence shapes).
{n} = a small number, {t} = a time span ("3 gündür"), {s} = a street ("1745 sk.").
"""

S = []

def sc(dept, cat_phr, urgent=None, oos=None):
    S.append(dict(dept=dept, urgent=urgent, oos=oos, phr=cat_phr))

# ---------------- WATER ----------------
sc("WATER", {
 "COMPLAINT": ["{t} su yok", "sular yine kesik, {t} bekliyoruz", "{t} musluktan su akmıyor", "haber vermeden suyu kestiniz, rezalet",
   "su geliyor gidiyor, basınç çok düşük", "çeşmeden çamurlu su akıyor", "sular kesik ve kimse bilgi vermiyor", "İZSU'ya ulaşamıyoruz, {t} susuzuz",
   "evde bir damla su yok, çocuklar yıkanamıyor", "suyun rengi sarı, içilecek gibi değil", "su faturası bu ay iki katı gelmiş, hata var",
   "sayaç yanlış okunmuş, fahiş fatura geldi", "kanalizasyon kokusundan durulmuyor", "rögardan pis su taşıyor, sokak leş gibi", "lağım kokusu evlere giriyor",
   "yağmur ızgaraları tıkalı, her yağmurda göl oluyor", "su kesintisi ne zaman bitecek, hala su yok", "akşamları suyun basıncı sıfır, üst katlara su çıkmıyor",
   "boru patlamış saatlerdir su boşa akıyor", "kaldırımdan su fışkırıyor kimse gelmedi", "arıza kaydı açtık {t} gelen yok, su yok"],
 "REQUEST": ["su aboneliği için hangi evraklar gerekli", "yeni taşındık, su aboneliği nasıl açılır", "sayaç değişimi için randevu alabilir miyiz",
   "su kesintisi ne zaman bitecek bilgi verir misiniz", "kanalizasyon bağlantısı yapılmasını talep ediyoruz", "rögar temizliği yapılabilir mi",
   "yağmur suyu ızgaralarının temizlenmesini rica ediyoruz", "planlı su kesintisi var mı öğrenebilir miyim", "su faturamı internetten nasıl öderim",
   "abonelik devri için nereye başvurmalıyım", "sokağımıza kanalizasyon hattı döşenmesini istiyoruz", "depozito iadesi için ne yapmam gerekiyor"],
 "SUPPORT": ["su arızası bir saatte giderildi, İZSU ekiplerine teşekkürler", "gece yarısı gelip boruyu onaran ekiplere çok teşekkür ederiz",
   "kanalizasyon sorunumuz çözüldü, emeği geçenlere teşekkürler", "su kesintisinden önce SMS ile haber verdiğiniz için teşekkürler"],
 "E": [("COMPLAINT", "dün sabahtan beri muslukta su yok, ne oluyor?"), ("COMPLAINT", "her hafta aynı arıza, su sürekli kesiliyor artık bıktık"),
   ("REQUEST", "sayacımız dondu patladı, yenisi takılabilir mi"), ("COMPLAINT", "foseptik taştı bahçe lağım oldu gelen yok"),
   ("SUPPORT", "su patlağına 20 dakikada geldiler, helal olsun"), ("REQUEST", "su borçlarını taksitlendirmek mümkün mü"),
   ("COMPLAINT", "içme suyu klor kokuyor içemiyoruz"), ("REQUEST", "mazgal kapağı yerinden oynamış, değiştirilmesini rica ederim")],
})
sc("WATER", {
 "COMPLAINT": ["ana boru patladı evlerimizi su bastı", "patlayan su borusu yüzünden bodrum katları su bastı, acil yardım", "şebeke borusu patladı, sokak nehir oldu, evlere su giriyor",
   "isale hattı patladı su evlere doluyor", "kanalizasyon taştı evin içine pis su doldu"],
 "REQUEST": ["boru patladı evleri su basıyor acil ekip gönderin", "bodrumu su bastı, tahliye için acil ekip istiyoruz"],
 "E": [("COMPLAINT", "cadde ortasında dev boru patladı, dükkanlara su doldu hemen gelin"), ("REQUEST", "sel suyu evlere giriyor hemen müdahale edin lütfen")],
}, urgent="FLOODING")
sc("WATER", {
 "COMPLAINT": ["rögar kapağı açık, biri düşecek", "kanalizasyon kapağı yerinde yok, çukur açıkta duruyor", "logar kapağı çalınmış, çocuklar oynuyor etrafta",
   "yolun ortasında açık rögar var, gece görünmüyor"],
 "REQUEST": ["açık rögar kapağının acilen kapatılmasını istiyoruz", "rögar kapağı kırık, biri düşmeden kapatın lütfen"],
 "E": [("COMPLAINT", "okulun önünde menhol kapağı yok, bir öğrenci az kalsın düşüyordu")],
}, urgent="OPEN_MANHOLE")

# ---------------- TRANSPORT ----------------
sc("TRANSPORT", {
 "COMPLAINT": ["otobüs {t} gelmedi, durakta donduk", "{n} numaralı otobüs hiç saatinde gelmiyor", "şoför durakta durmadı, yarım saat bekledik",
   "otobüsler tıklım tıklım, nefes alamıyoruz", "metro yine arızalı, işe geç kaldık", "tramvay seferleri çok seyrek", "vapur seferi iptal edildi haber verilmedi",
   "şoför çok kaba davrandı, yaşlı teyzeye bağırdı", "otobüsün kliması çalışmıyor, içerisi fırın", "ESHOT otobüsleri saatinde gelmiyor",
   "kartımdan iki kere para çekildi", "durakta tabela yok, hangi otobüsün geldiği belli değil", "akşam son otobüs çok erken kalkıyor, eve dönemiyoruz",
   "otobüs durağının camları kırık, yağmurda ıslanıyoruz", "trafik ışıkları çalışmıyor, kavşak kaos", "köprülü kavşakta sinyalizasyon bozuk",
   "otobüs şoförü telefonla konuşarak araç kullanıyor", "engelli rampası açılmadı, tekerlekli sandalyeyle binemedim", "İzmirim kart dolum makinesi bozuk"],
 "REQUEST": ["{n} hattına sefer eklenmesini istiyoruz", "mahallemize otobüs hattı konulabilir mi", "durağa bekleme kulübesi yapılmasını talep ediyoruz",
   "okul saatlerinde ek sefer konulabilir mi", "öğrenci kartı vizesi nereden yapılıyor", "akşam seferleri gece yarısına kadar uzatılabilir mi",
   "kavşağa trafik ışığı konulmasını rica ediyoruz", "yaya geçidi çizilmesini istiyoruz", "hız kesici konulabilir mi, arabalar çok hızlı geçiyor",
   "otobüs saatleri nereden öğrenilir", "engelli kartı başvurusu için hangi belgeler lazım", "durağa akıllı ekran konulması mümkün mü"],
 "SUPPORT": ["yeni otobüs hattı için çok teşekkürler, hayatımız kolaylaştı", "{n} numaralı otobüsün şoförü çok kibardı, kendisine teşekkür ederim",
   "metro sefer sıklığı artırılmış, teşekkürler", "yeni vapurlar harika olmuş, emeği geçenlere teşekkürler"],
 "E": [("COMPLAINT", "sabah 7'de durakta 40 dakika bekledik, {n} yine yok"), ("REQUEST", "hafta sonu sefer sayısı artırılırsa çok iyi olur"),
   ("COMPLAINT", "şoför kapıyı suratıma kapattı, bu ne saygısızlık"), ("SUPPORT", "otobüs şoförü cüzdanımı bulup getirdi, Allah razı olsun"),
   ("REQUEST", "dolmuş güzergahı uzatılabilir mi acaba"), ("COMPLAINT", "banliyö yine rötarlı, her gün aynı çile"),
   ("COMPLAINT", "bisiklet yolu diye çizilen yerde araçlar park ediyor")],
})

# ---------------- PUBLIC WORKS ----------------
sc("PUBLIC_WORKS", {
 "COMPLAINT": ["yol delik deşik, araçlar zarar görüyor", "sokağımızdaki çukur aylardır kapatılmadı", "asfalt çalışması yarım bırakıldı",
   "kazı yapıldı ama yol eski haline getirilmedi", "kaldırım taşları kırık, yaşlılar düşüyor", "kaldırımlar o kadar yüksek ki bebek arabası çıkmıyor",
   "yolda büyük bir çukur var, lastiğim patladı", "parke taşları yerinden çıkmış", "her yağmurda yol çamur deryası oluyor", "merdivenlerin korkulukları kırık",
   "stabilize yol toz içinde, camları açamıyoruz", "yol çalışması {t} sürüyor, bitmedi gitti", "köprünün korkuluğu kırık, tehlikeli"],
 "REQUEST": ["sokağımızın asfaltlanmasını talep ediyoruz", "çukurların kapatılmasını rica ediyoruz", "kaldırım yapılmasını istiyoruz",
   "yolumuz ne zaman asfaltlanacak bilgi verir misiniz", "merdivene korkuluk yapılabilir mi", "engelli rampası yapılmasını talep ediyoruz",
   "sokağımıza parke taşı döşenebilir mi", "yol çizgileri yeniden çizilebilir mi", "toprak yolun stabilize yapılmasını istiyoruz"],
 "SUPPORT": ["yolumuz asfaltlandı, fen işleri ekiplerine teşekkürler", "kaldırımlar yenilendi, çok güzel olmuş", "çukur aynı gün kapatıldı, teşekkür ederiz",
   "yeni yapılan yol harika, emeği geçen herkese teşekkürler"],
 "E": [("COMPLAINT", "belediye yolu kazdı gitti, iki aydır kimse yok"), ("REQUEST", "mahalle arasındaki yolun genişletilmesi mümkün mü"),
   ("SUPPORT", "sokağımızın kaldırımını yapan işçilere kolay gelsin, çok teşekkürler"), ("COMPLAINT", "asfalt yamaları bir haftada söküldü, paramız çöpe"),
   ("REQUEST", "okul önüne kasis yapılmasını arz ederim")],
})
sc("PUBLIC_WORKS", {
 "COMPLAINT": ["istinat duvarı çöktü, evler tehlikede", "bahçe duvarı yıkıldı, yola taşlar düştü", "yağmurdan sonra heyelan oldu, toprak evlere kaydı",
   "toprak kayması var, yol çöktü", "yol çöktü, araç içine düştü", "yamaçtan kayalar yola düştü, geçiş tehlikeli", "duvar çökmek üzere, altında çocuklar oynuyor"],
 "REQUEST": ["heyelan var, acil ekip gönderin", "yıkılan duvar için acil müdahale istiyoruz", "çöken yol için hemen ekip gönderin"],
 "E": [("COMPLAINT", "dün geceki yağmurda arka tarafımızdaki şev kaydı, ev çatlıyor"), ("REQUEST", "yolun yarısı göçtü, biri düşmeden kapatın lütfen acil")],
}, urgent="STRUCTURAL_COLLAPSE")

# ---------------- CLEANING ----------------
sc("CLEANING", {
 "COMPLAINT": ["çöpler {t} alınmadı", "konteyner taştı, çöpler yerlerde", "çöp kamyonu bu hafta hiç uğramadı", "çöpler toplanmıyor, koku dayanılmaz",
   "konteynerler hiç yıkanmıyor, sinek doldu", "sokaklar süpürülmüyor, her yer çöp", "pazar kurulduktan sonra sokak çöplüğe dönüyor",
   "çöp arabası gece 3'te gelip herkesi uyandırıyor", "moloz yığını {t} duruyor", "konteyner kırık, kapağı kapanmıyor", "çöpler alınmadı, köpekler dağıtmış",
   "geri dönüşüm kutusu hiç boşaltılmıyor", "sokak çöplüğe döndü, kimse ilgilenmiyor", "bayramdan beri çöp alınmadı"],
 "REQUEST": ["sokağımıza çöp konteyneri konulmasını istiyoruz", "konteynerlerin yıkanmasını rica ediyoruz", "moloz alımı için nereye başvurmalıyız",
   "bahçe atıkları ne zaman toplanıyor", "eski eşyalarımı almaya gelebilir misiniz", "geri dönüşüm kutusu konulabilir mi", "sokak süpürme aracı gönderilebilir mi",
   "çöp toplama saatleri değiştirilebilir mi", "yağ atık toplama kutusu istiyoruz"],
 "SUPPORT": ["çöpler her sabah düzenli toplanıyor, temizlik ekiplerine teşekkürler", "temizlik işçilerimize çok teşekkürler, sokaklar pırıl pırıl",
   "bayram boyunca çalışan temizlik personeline teşekkür ederiz", "konteynerler yıkandı, mis gibi oldu, sağ olun"],
 "E": [("COMPLAINT", "konteynerin etrafı çöp dağı, fareler geziyor"), ("REQUEST", "kullanılmayan kanepemizi nasıl attırabiliriz"),
   ("SUPPORT", "sabahın köründe çöpleri toplayan ablalara abilere selam olsun"), ("COMPLAINT", "çöp kamyonu sızıntı bırakıyor sokak kokuyor"),
   ("COMPLAINT", "hafta sonu çöpler alınmıyor herkes bir kenara bırakıyor berbat")],
})

# ---------------- PARKS ----------------
sc("PARKS", {
 "COMPLAINT": ["parktaki salıncaklar kırık, çocuklar yaralanacak", "park bakımsız, otlar diz boyu", "çimler aylardır biçilmedi", "parkın aydınlatması yanmıyor, akşam karanlık",
   "ağaçlar budanmadı, dallar evlere giriyor", "parktaki banklar kırık", "çocuk parkında cam kırıkları var", "park sulama sistemi bozuk, su boşa akıyor",
   "yeşil alan kurudu, kimse sulamıyor", "parktaki tuvalet hep kapalı", "parkta spor aletleri paslanmış"],
 "REQUEST": ["mahallemize çocuk parkı yapılmasını istiyoruz", "ağaçların budanmasını rica ediyoruz", "parka bank konulabilir mi", "boş arsaya yeşil alan yapılabilir mi",
   "sokağımıza ağaç dikilmesini talep ediyoruz", "çimlerin biçilmesini istiyoruz", "parka köpek gezdirme alanı yapılabilir mi", "parktaki çeşme tamir edilebilir mi"],
 "SUPPORT": ["yeni park çok güzel olmuş, teşekkürler", "parkları yenileyen ekiplere teşekkürler", "çiçekler harika, park bahçeler müdürlüğüne teşekkür ederiz",
   "sahil yeşil alanı çok bakımlı, eline sağlık herkesin"],
 "E": [("COMPLAINT", "oyun parkının zemini sökülmüş, çocuklar düşüyor"), ("REQUEST", "parktaki kuru ağaç kesilebilir mi"), ("SUPPORT", "park bahçeler ekibi bugün ağaçları budadı, eyvallah"),
   ("COMPLAINT", "ağaç dalları elektrik tellerine değiyor, budanmıyor"), ("REQUEST", "okul bahçesine fidan dikimi için destek olur musunuz")],
})
sc("PARKS", {
 "COMPLAINT": ["fırtınada ağaç devrildi, yol kapandı", "devrilen ağaç arabaların üzerine düştü, yol kapalı", "koca çınar yola yıkıldı, geçilemiyor",
   "ağaç dalı kırılıp yolu kapattı"],
 "REQUEST": ["yola devrilen ağacın acil kaldırılmasını istiyoruz", "ağaç devrildi yolu kapattı, hemen ekip gönderin"],
 "E": [("COMPLAINT", "rüzgarda okaliptüs yolun ortasına düştü, ambulans geçemez")],
}, urgent="FALLEN_TREE")

# ---------------- MUNICIPAL POLICE ----------------
sc("MUNICIPAL_POLICE", {
 "COMPLAINT": ["seyyar satıcılar kaldırımı işgal etmiş", "dükkan sahipleri kaldırıma masa koymuş, yürüyemiyoruz", "kafeden gece yarısına kadar yüksek sesle müzik",
   "fırında ekmek gramajı düşük", "fiyat etiketi yok, fahiş fiyat", "inşaat gece de çalışıyor, uyuyamıyoruz", "pazarcılar çöpü bırakıp gidiyor",
   "dilenciler trafik ışıklarında rahatsız ediyor", "market raflarında son kullanma tarihi geçmiş ürün", "kaldırıma araç park eden işletme var",
   "işyeri tabelası kaldırımı kapatıyor", "restoran mutfak kokusu apartmana doluyor", "tekel bayi gece yarısı gürültü yapıyor"],
 "REQUEST": ["kaldırım işgaliyle ilgili zabıta gönderilmesini istiyoruz", "işyeri ruhsatı için hangi belgeler gerekli", "seyyar satıcı denetimi yapılabilir mi",
   "pazar yerinde denetim yapılmasını rica ediyoruz", "gürültü için zabıta ekibi gönderebilir misiniz", "fiyat denetimi yapılmasını talep ediyoruz"],
 "SUPPORT": ["zabıta ekipleri hemen geldi, teşekkürler", "pazar yerindeki denetimler için zabıtaya teşekkürler", "kaldırım işgaline son verdiğiniz için teşekkür ederiz"],
 "E": [("COMPLAINT", "düğün salonunun müziği sabaha kadar sürüyor, uyku yok"), ("REQUEST", "kasap dükkanı hijyen denetimi yapılabilir mi"),
   ("COMPLAINT", "kahvehane sandalyeleri yolu kapatıyor geçemiyoruz"), ("SUPPORT", "zabıtamız seyyarları düzene soktu, eline sağlık")],
})

# ---------------- VETERINARY ----------------
sc("VETERINARY", {
 "COMPLAINT": ["sokak köpekleri çocuklara saldırıyor", "köpek sürüsü geceleri havlıyor, uyuyamıyoruz", "başıboş köpekler okul önünde dolaşıyor",
   "ölü kedi {t} yolda duruyor, kimse almıyor", "sokak hayvanlarının maması bitti", "köpekler çöpleri dağıtıyor", "barınak çok bakımsız"],
 "REQUEST": ["sokak kedilerinin kısırlaştırılmasını istiyoruz", "köpeklerin aşılanmasını rica ediyoruz", "barınaktan köpek sahiplenmek istiyorum nasıl yapabilirim",
   "mahalledeki köpeklerin toplanmasını talep ediyoruz", "sokak hayvanları için mama kabı konulabilir mi", "ölü hayvanın alınmasını istiyoruz",
   "kedime kuduz aşısı yaptırabilir miyim"],
 "SUPPORT": ["veteriner ekibi yaralı kediyi hemen aldı, teşekkürler", "kısırlaştırma kampanyası için teşekkürler", "sokak hayvanlarına gösterdiğiniz ilgi için teşekkür ederiz"],
 "E": [("COMPLAINT", "parkta kuduz şüpheli bir köpek var, herkes korkuyor"), ("REQUEST", "yavru köpekler için barınakta yer var mı"),
   ("SUPPORT", "mama istasyonları çok iyi fikir olmuş, hayvanseverler olarak teşekkürler")],
})
sc("VETERINARY", {
 "COMPLAINT": ["arabanın çarptığı köpek yolda yaralı yatıyor", "yaralı kedi kanlar içinde, kimse gelmiyor", "köpeğin bacağı kırılmış, acı içinde",
   "kedi yavrusu kanala düştü, çıkamıyor", "yaralı martı yerde çırpınıyor", "köpek tel örgüye sıkıştı, kurtaramıyoruz"],
 "REQUEST": ["yaralı köpek için acil veteriner gönderin", "sıkışan kediyi kurtarmak için ekip gönderebilir misiniz", "yaralı kediye acil müdahale lazım"],
 "E": [("COMPLAINT", "yolda ezilmiş ama hala yaşayan bir köpek var, ağlıyor"), ("REQUEST", "kuyuya düşen kuzu için ekip yollar mısınız, acil")],
}, urgent="ANIMAL_INJURED")

# ---------------- SOCIAL SERVICES ----------------
sc("SOCIAL_SERVICES", {
 "COMPLAINT": ["yardım başvurumuz {t} sonuçlanmadı", "gıda kolisi başvurusu yaptım kimse dönmedi", "engelli aracı randevuları hep dolu",
   "yaşlı annem için evde bakım istedik, cevap yok", "sosyal yardım kartı yüklenmedi", "kreş kaydında haksızlık yapıldı", "aşevinden yemek gelmedi"],
 "REQUEST": ["yaşlı annem için evde bakım hizmeti alabilir miyiz", "gıda yardımı için nereye başvurabilirim", "engelli aracı talep ediyorum",
   "öğrenci bursu başvurusu ne zaman", "kreş kaydı nasıl yapılıyor", "tekerlekli sandalye desteği istiyoruz", "evsiz bir vatandaş var, yardım edebilir misiniz",
   "kış için kömür yardımı yapılabilir mi", "yalnız yaşayan yaşlı komşumuz için destek istiyoruz", "sosyal market kartına nasıl başvurulur"],
 "SUPPORT": ["annemize evde bakım hizmeti veren ekibe çok teşekkürler", "gıda kolisi ulaştı, Allah razı olsun", "sosyal hizmetler ekibi çok ilgili, teşekkürler",
   "öğrenci bursunuz için teşekkür ederim"],
 "E": [("REQUEST", "eşim vefat etti, iki çocukla kaldım, destek olabilir misiniz"), ("COMPLAINT", "engelli maaşı gibi belediye desteği de kesildi, neden?"),
   ("SUPPORT", "ramazan kolisi için belediyemize minnettarız"), ("REQUEST", "üniversiteli kızım için yurt yardımı var mı")],
})

# ---------------- HEALTH (ilaçlama, hasta nakli) ----------------
sc("HEALTH", {
 "COMPLAINT": ["sivrisinekten uyuyamıyoruz, ilaçlama yapılmadı", "her yer hamamböceği, ilaçlama hiç yapılmıyor", "fareler sokakta cirit atıyor",
   "karasinek istilası var", "ilaçlama yapılacaktı, gelen olmadı", "kanaldan sinek ürüyor, ilaçlama yok"],
 "REQUEST": ["ilaçlama yapılabilir mi", "sivrisinek ilaçlaması talep ediyoruz", "mahallemize fare ilaçlaması yapılmasını rica ediyoruz", "ilaçlama ne zaman yapılacak",
   "bodrumda pire var, ilaçlama yapılabilir mi", "belediyenin ücretsiz sağlık taraması var mı"],
 "SUPPORT": ["ilaçlama ekibine teşekkürler, sinekler azaldı", "sivrisinek ilaçlaması için çok teşekkürler"],
 "E": [("COMPLAINT", "akşamları balkona çıkamıyoruz, sivrisinek kaynıyor"), ("REQUEST", "apartman bodrumunda kene gördük, ilaç atılabilir mi"),
   ("SUPPORT", "ilaçlamadan sonra rahat bir nefes aldık")],
})
sc("HEALTH", {
 "REQUEST": ["yatağa bağımlı hastamızı hastaneye götürmek için hasta nakil aracı istiyoruz", "hasta nakli için ambulans talep ediyoruz", "diyaliz hastamız için nakil aracı lazım",
   "yürüyemeyen babamı hastaneye götürecek araç gönderebilir misiniz", "felçli hastamız için acil nakil aracı"],
 "COMPLAINT": ["hasta nakil aracını sabahtan beri bekliyoruz, hastamız kötüleşiyor", "nakil aracı gelmedi, randevuyu kaçıracağız hasta yatıyor"],
 "E": [("REQUEST", "annem kemoterapiye gidecek, yürüyemiyor, nakil aracı rica ediyoruz")],
}, urgent="PATIENT_TRANSPORT")

# ---------------- FUNERAL ----------------
sc("FUNERAL", {
 "REQUEST": ["babamız vefat etti, cenaze aracı talep ediyoruz", "cenaze yıkama için yardımcı olur musunuz", "cenazemiz var, nakil aracı lazım",
   "annemizi kaybettik, defin işlemleri için yardım istiyoruz", "taziye çadırı kurulabilir mi, cenazemiz var", "vefat eden dedemiz için cenaze hizmeti istiyoruz"],
 "COMPLAINT": ["cenaze aracı saatlerdir gelmedi, cenazemiz bekliyor", "cenaze hizmetleri telefonlara cevap vermiyor, cenazemiz var"],
 "E": [("REQUEST", "eşim bu sabah hakkın rahmetine kavuştu, cenaze işlemleri için kime başvurmalıyım"), ("REQUEST", "amcamız vefat etti, taziye için çadır ve sandalye lazım")],
}, urgent="FUNERAL")
sc("FUNERAL", {
 "COMPLAINT": ["mezarlık çok bakımsız, otlar mezarları kapladı", "mezarlıkta çöpler birikmiş", "mezarlığın kapısı hep kilitli"],
 "REQUEST": ["mezar yeri nasıl alınır", "mezarlık ziyaret saatleri nedir", "mezar taşı için izin nasıl alınır"],
 "SUPPORT": ["cenazemizde yardımcı olan ekibe çok teşekkür ederiz, Allah razı olsun", "cenaze hizmetleri çok hızlı ve ilgiliydi, teşekkürler"],
 "E": [("SUPPORT", "acılı günümüzde yanımızda olan belediye personeline minnettarız"), ("COMPLAINT", "mezarlıktaki çeşme aylardır akmıyor")],
})

# ---------------- FIRE ----------------
sc("FIRE", {
 "COMPLAINT": ["boş arazide yangın çıktı, evlere yaklaşıyor", "apartmanın çatısı yanıyor", "çöp konteyneri alev aldı", "bahçede yangın var, duman her yeri sardı",
   "ormanlık alandan duman yükseliyor"],
 "REQUEST": ["yangın var acil itfaiye gönderin", "asansörde mahsur kaldık, itfaiye gönderin", "kedi ağaçta mahsur kaldı, {t} iniyor", "çatıda mahsur kalan kedi için itfaiye istiyoruz"],
 "E": [("COMPLAINT", "karşı apartmandan kara duman çıkıyor, alevler görünüyor"), ("REQUEST", "yaşlı komşumuz evde kilitli kaldı, sesi gelmiyor, kapıyı açacak ekip lazım")],
}, urgent="FIRE_RESCUE")
sc("FIRE", {
 "REQUEST": ["baca temizliği için randevu alabilir miyiz", "okulumuza yangın tatbikatı yapılabilir mi", "yangın tüpü eğitimi veriyor musunuz", "itfaiye ziyareti için okul başvurusu nasıl yapılır"],
 "SUPPORT": ["itfaiye ekipleri dakikalar içinde geldi, kahramanlarımıza teşekkürler", "yangını söndüren itfaiye erlerimize minnettarız"],
 "E": [("REQUEST", "işyerimiz için yangın uygunluk raporu nasıl alınır")],
})
sc("PUBLIC_WORKS", {
 "COMPLAINT": ["fırtınada çatımız uçtu, evin içi su doldu", "rüzgar çatıyı söktü, kiremitler yola düşüyor", "çatı uçtu saçlar sokakta, insanlar yaralanacak"],
 "REQUEST": ["çatımız uçtu acil yardım istiyoruz", "fırtınada çatı uçtu, acil ekip gönderin"],
 "E": [("COMPLAINT", "lodos okulun çatısını kaldırdı, sac levhalar sallanıyor")],
}, urgent="ROOF_DAMAGE")

# ---------------- ZONING ----------------
sc("ZONING", {
 "COMPLAINT": ["komşu ruhsatsız kat çıkıyor", "kaçak yapı yapılıyor, kimse durdurmuyor", "imar planında park olan yere bina dikiliyor", "iskan başvurum {t} sonuçlanmadı",
   "metruk bina uyuşturucu yuvası oldu", "inşaat iskelesi yola taşmış"],
 "REQUEST": ["imar durumu belgesi nasıl alınır", "yapı ruhsatı için hangi evraklar gerekli", "iskan başvurusu nasıl yapılır", "parselimin imar durumunu öğrenebilir miyim",
   "kaçak yapı için şikayet nereye yapılır", "metruk binanın yıkılmasını talep ediyoruz", "kentsel dönüşüm başvurusu nasıl yapılır"],
 "SUPPORT": ["imar müdürlüğü işlemlerimizi çok hızlı halletti, teşekkürler"],
 "E": [("REQUEST", "tapuda hisseli arsam var, ruhsat alabilir miyim"), ("COMPLAINT", "yan parselde izinsiz hafriyat yapılıyor, temelimiz çatladı")],
})

# ---------------- CULTURE ----------------
sc("CULTURE", {
 "COMPLAINT": ["konser iptal edildi, duyuru yapılmadı", "kurs kayıtları bir saatte doldu, adaletsiz", "kütüphane hafta sonu kapalı", "tiyatro biletleri satılmıyor, site çöktü"],
 "REQUEST": ["kültür merkezindeki kurslara nasıl kayıt olabilirim", "kütüphane çalışma saatleri nedir", "çocuklar için yaz etkinliği var mı", "konser takvimi nereden görülür",
   "mahallemize kitap okuma evi açılabilir mi", "resim kursu açılabilir mi"],
 "SUPPORT": ["dünkü konser muhteşemdi, emeği geçenlere teşekkürler", "ücretsiz tiyatro için çok teşekkürler", "kitap fuarı harikaydı, teşekkür ederiz",
   "festival çok güzeldi, belediyemize teşekkürler", "kurs hocalarımıza çok teşekkürler"],
 "E": [("SUPPORT", "açık hava sineması çok keyifliydi, devamını bekliyoruz"), ("REQUEST", "emekliler için bilgisayar kursu düzenlenebilir mi"),
   ("COMPLAINT", "festivalde ses sistemi berbattı, hiçbir şey duyulmadı")],
})

# ---------------- OTHER (municipality, general) ----------------
sc("OTHER", {
 "COMPLAINT": ["çağrı merkezine ulaşmak imkansız", "belediyenin web sitesi açılmıyor", "başvurumuza {t} cevap verilmedi", "belediye personeli çok ilgisiz davrandı",
   "emlak vergisi yanlış hesaplanmış", "hiçbir şikayetimiz çözülmüyor, belediye nerede", "belediye binasında asansör çalışmıyor"],
 "REQUEST": ["emlak vergisi nasıl ödenir", "başkanla görüşmek için randevu alabilir miyim", "belediyede iş başvurusu nasıl yapılır", "nikah salonu için rezervasyon nasıl yapılır",
   "evlilik başvurusu için hangi belgeler gerekli", "belediyenin çalışma saatleri nedir", "ÇTV borcumu öğrenebilir miyim"],
 "SUPPORT": ["başkanımıza ve tüm ekibe teşekkürler", "belediyemiz çok güzel işler yapıyor, tebrikler", "çağrı merkezindeki arkadaş çok yardımcı oldu, teşekkürler",
   "hizmetleriniz için teşekkürler, iyi ki varsınız", "belediyemizle gurur duyuyoruz"],
 "E": [("SUPPORT", "şehrimiz her geçen gün güzelleşiyor, emeği geçenlere selam olsun"), ("COMPLAINT", "beyaz masaya yazdım, otomatik cevap dışında ses yok"),
   ("REQUEST", "nikah memuru hafta sonu çalışıyor mu")],
})

# ---------------- OUT OF SCOPE ----------------
sc("OTHER", {
 "COMPLAINT": ["{t} elektrik yok", "elektrikler yine kesildi", "elektrik kesintisi yüzünden buzdolabındaki her şey bozuldu", "sürekli elektrik gidip geliyor, cihazlar yandı",
   "trafo patladı, mahalle karanlık", "sokak lambaları yanmıyor, elektrik idaresi ilgilenmiyor", "elektrik faturası çok yüksek geldi"],
 "REQUEST": ["elektrik ne zaman gelecek", "elektrik kesintisi ne zaman bitecek", "elektrik aboneliği nasıl açılır", "sokak lambası değiştirilebilir mi elektrik yok"],
 "E": [("COMPLAINT", "Gediz'e ulaşamıyoruz, sabahtan beri cereyan yok"), ("REQUEST", "planlı enerji kesintisi var mı bugün")],
}, oos="ELECTRICITY")
sc("OTHER", {
 "COMPLAINT": ["elektrik direği devrildi, kablolar yerde", "kopan elektrik kablosu yola sarktı, çocuklar geçiyor", "elektrik telleri kıvılcım saçıyor"],
 "E": [("COMPLAINT", "yağmurda trafo kıvılcım çıkarıyor, patlayacak gibi")],
}, oos="ELECTRICITY", urgent="ELECTRIC_HAZARD")
sc("OTHER", {
 "COMPLAINT": ["doğalgaz {t} yok", "doğalgaz kesildi, kaloriferler soğuk", "doğalgaz faturası fahiş", "doğalgaz bağlantısı hala yapılmadı"],
 "REQUEST": ["doğalgaz aboneliği nasıl yapılır", "doğalgaz ne zaman gelecek", "sokağımıza doğalgaz hattı çekilmesini istiyoruz"],
 "E": [("COMPLAINT", "İzmirgaz kombiye gaz vermiyor, evde donuyoruz")],
}, oos="NATURAL_GAS")
sc("OTHER", {
 "COMPLAINT": ["sokakta yoğun gaz kokusu var", "apartmanda doğalgaz kokusu var, korkuyoruz", "doğalgaz borusu patladı, gaz kaçıyor", "merdivenlerde gaz kaçağı kokusu"],
 "REQUEST": ["gaz kaçağı var acil ekip gönderin", "gaz kokusu için hemen birini yollayın"],
 "E": [("COMPLAINT", "kazı yapan iş makinesi gaz borusunu deldi, fıs fıs gaz çıkıyor")],
}, oos="NATURAL_GAS", urgent="GAS_LEAK")
sc("OTHER", {
 "COMPLAINT": ["hastanede randevu bulamıyorum", "MHRS'de hiç randevu yok", "aile hekimimiz sürekli izinde", "acilde {t} bekledik, doktor yok", "devlet hastanesinde personel çok kaba"],
 "REQUEST": ["hastane randevusu nasıl alınır", "aile hekimimi değiştirmek istiyorum", "göz doktoruna randevu alabilir miyim"],
 "E": [("COMPLAINT", "kardiyoloji randevusu üç ay sonraya veriliyor, bu nasıl sistem")],
}, oos="HEALTH")
sc("OTHER", {
 "COMPLAINT": ["babam nefes alamıyor, ambulans lazım", "komşumuz bayıldı, kalp krizi geçiriyor olabilir", "trafik kazası oldu yaralılar var"],
 "REQUEST": ["acil ambulans gönderin, annem fenalaştı"],
 "E": [("REQUEST", "yolda yaşlı bir amca yere yığıldı, nefesi zayıf, ne yapalım")],
}, oos="HEALTH", urgent="MEDICAL_EMERGENCY")
sc("OTHER", {
 "COMPLAINT": ["evimize hırsız girdi", "arabamın camını kırıp çaldılar", "sokakta kavga var, bıçak çekildi", "şüpheli şahıslar gece kapıları yokluyor", "parkta uyuşturucu satılıyor",
   "gece yarısı havaya ateş açıyorlar", "komşu karısını dövüyor, bağırışlar geliyor", "motosikletimi çaldılar"],
 "REQUEST": ["mahallemize polis devriyesi istiyoruz", "köyümüze jandarma karakolu kurulabilir mi", "gece devriye arttırılabilir mi"],
 "E": [("COMPLAINT", "market soyuldu, adamlar kaçtı"), ("COMPLAINT", "kapımızın önünde silah sesleri var")],
}, oos="POLICE")
sc("OTHER", {
 "COMPLAINT": ["mahkeme davam {t} sürüyor", "icra dairesi haksız haciz yaptı", "dava dosyam ilerlemiyor", "boşanma davası çok uzadı"],
 "REQUEST": ["dava açmak için nereye başvurmalıyım", "avukat tutamıyorum, adli yardım nasıl alınır", "icra takibine nasıl itiraz ederim"],
 "E": [("REQUEST", "nafaka davası için hangi adliyeye gitmeliyim")],
}, oos="JUSTICE")
sc("OTHER", {
 "COMPLAINT": ["internet {t} yok", "fiber internet sürekli kopuyor", "telefonum çekmiyor, baz istasyonu yok", "internet altyapısı yok, ev ev dolaştık", "mobil internet çok yavaş"],
 "REQUEST": ["evime fiber internet ne zaman gelir", "mahalleye baz istasyonu kurulabilir mi"],
 "E": [("COMPLAINT", "Türk Telekom arızayı bir haftadır gidermedi, evden çalışamıyorum")],
}, oos="TELECOM")
sc("OTHER", {
 "COMPLAINT": ["emekli maaşım yatmadı", "pasaport randevusu bulunamıyor", "nüfus müdürlüğünde saatlerce bekledik", "SGK primlerim eksik görünüyor", "okulda öğretmen yok, dersler boş geçiyor",
   "asgari ücret yetmiyor", "deprem konutları hala teslim edilmedi", "vergi dairesi haksız ceza kesti"],
 "REQUEST": ["kimlik kartı yenilemek için nereye gitmeliyim", "ehliyet randevusu nasıl alınır", "çocuğum için okul nakli nasıl yapılır", "askerlik işlemleri için nereye başvurmalıyım",
   "emeklilik başvurusu nasıl yapılır"],
 "E": [("COMPLAINT", "tapu müdürlüğü randevu vermiyor, işlem yaptıramıyoruz"), ("REQUEST", "yurt dışı çıkış yasağı var mı nasıl öğrenirim")],
}, oos="CENTRAL_GOVERNMENT")

# =====================================================================================================================
# Additions (round 2): more varied TRAINING phrasing per class and richer department vocabulary, written for this
# project. Praise without "teşekkür", requests with -ebilir mi / rica / lütfen / -sın / yapılsın / bekliyoruz, complaints
# with hâlâ / yine / hiç / artık. Nothing here is taken from the eval split (E phrases) or from eval-independent.rows.
# =====================================================================================================================

def more(dept, cat, phrases, urgent=None, oos=None):
    for s in S:
        if s["dept"] == dept and s["urgent"] == urgent and s["oos"] == oos:
            s["phr"].setdefault(cat, []).extend(phrases)
            return
    raise KeyError((dept, urgent, oos))

more("WATER", "SUPPORT", ["arıza ekibi yarım saatte geldi, su akşama kadar geri geldi, çok memnunuz", "mahallemize yeni su hattı döşendi, basınç artık çok iyi",
    "İZSU çağrı merkezi çok ilgiliydi, sorunumuz hemen çözüldü", "kanalizasyon tıkanıklığını aynı gün açtınız, eline emeğine sağlık",
    "yıllardır süren su sorunu nihayet bitti, helal olsun size", "kesinti tam söylenen saatte bitti, bravo", "sayacımızı hemen değiştirdiniz, işini bilen ekip"])
more("WATER", "REQUEST", ["sokağımızdaki yangın musluğu akıtıyor, kontrol edilmesini rica ederim", "su sayacımın yerinin değiştirilmesi mümkün mü",
    "kesinti olacaksa önceden SMS atılsın lütfen", "su arıtma cihazı için ücretsiz analiz yaptırabilir miyiz", "ızgaralar kış gelmeden temizlensin lütfen",
    "borcum için yapılandırma yapılabilir mi", "kanalizasyon bağlantımızın kontrol edilmesini bekliyoruz", "su tankeri gönderebilir misiniz, bina susuz"])
more("WATER", "COMPLAINT", ["hala su gelmedi, söz verdiğiniz saat çoktan geçti", "yine mi kesinti, bu ay beşinci oldu", "muslukları açıyoruz hiç su yok",
    "sayaç okuyucu hiç gelmiyor, tahmini fatura kesiyorsunuz", "lağım suyu bodruma sızıyor, artık dayanamıyoruz", "sular bulanık akıyor, çamaşır makinesi bozuldu",
    "haftada üç gün susuz kalıyoruz, ne zaman düzelecek bu şebeke", "su tankeri gelecek dediniz, hala yok"])
more("TRANSPORT", "SUPPORT", ["yeni metro istasyonu açıldı, işe gidiş yarım saat kısaldı, harika", "otobüsler artık dakik, ilk defa bu kadar düzenli",
    "şoför hanım bebek arabasıyla binmemize yardım etti, çok kibardı", "gece seferleri koyduğunuz için öğrenciler adına minnettarız",
    "akıllı durak ekranları çok işe yarıyor, bravo", "bisiklet yolları harika olmuş, her gün işe pedalla gidiyorum", "tramvay hattı mahallemize değer kattı"])
more("TRANSPORT", "REQUEST", ["durağa oturak konulması mümkün mü", "{n} hattının güzergahına bizim sokak da eklenebilir mi", "kavşağa dönüş cebi yapılsın lütfen",
    "servis saatlerini sitede güncellemenizi rica ederim", "kayıp eşyamı otobüste unuttum, nereye sorabilirim", "engelli asansörünün tamir edilmesini bekliyoruz",
    "okul önüne trafik levhası konsun lütfen", "kart bakiyemi iade alabilir miyim"])
more("TRANSPORT", "COMPLAINT", ["otobüs yine dolu geçti, durmadı bile", "aktarma süresi hiç yetmiyor, her seferinde iki kere ödüyoruz", "metro asansörü hala bozuk",
    "vapur iskelesinde tabela yok, hangi vapur nereye gidiyor belli değil", "durak kaldırılmış kimse haber vermedi", "minibüsler yolcu almak için yolun ortasında duruyor",
    "kart okutucu çalışmıyor şoför bizi indirdi"])
more("PUBLIC_WORKS", "SUPPORT", ["sokağın asfaltı tamamlandı, artık toz yok, eline sağlık ekibin", "yeni kaldırımlar sayesinde bebek arabasıyla rahat yürüyoruz",
    "çukur ihbarımızdan iki saat sonra ekip gelmiş, takdire şayan", "merdivenli sokağa korkuluk yapılmış, yaşlılarımız rahatladı", "fen işleri harika iş çıkarmış, bravo",
    "yol genişletme çalışması çok iyi oldu, trafik rahatladı"])
more("PUBLIC_WORKS", "REQUEST", ["kaldırıma engelli rampası yapılsın lütfen", "çukurun etrafına uyarı levhası konulabilir mi", "yol çizgilerinin yenilenmesini rica ederiz",
    "kazı sonrası yolun eski haline getirilmesini bekliyoruz", "yağmur suyu kanalı yapılabilir mi", "sokağımıza kilit parke döşensin istiyoruz"])
more("PUBLIC_WORKS", "COMPLAINT", ["çukur hala orada, üç kere bildirdik", "yine yol kazıldı yine yarım bırakıldı", "kaldırımlar hiç onarılmıyor, taşlar oynuyor",
    "asfalt yaması bir yağmurda söküldü", "yol çalışmasında uyarı levhası yok, gece araba çukura girdi", "yokuşta asfalt buz tutuyor, tuzlama yapılmıyor"])
more("CLEANING", "SUPPORT", ["sokaklar sabah erkenden yıkanmış, mis gibi kokuyor", "çöpler artık her gün alınıyor, fark çok büyük", "temizlik ekibine helal olsun, bayramda bile çalıştılar",
    "konteynerler yenilenmiş, ne güzel olmuş", "pazar dağılır dağılmaz ekipler süpürdü, eline emeğine sağlık", "mahallemiz hiç bu kadar temiz olmamıştı, bravo"])
more("CLEANING", "REQUEST", ["konteynerin yerinin değiştirilmesini rica ediyoruz", "çöp toplama saatini sabaha alabilir misiniz", "moloz torbalarımızın alınmasını bekliyoruz",
    "sokağımıza yer altı konteyneri yapılabilir mi", "pil toplama kutusu konsun lütfen", "ilaçlı yıkama yapılsın konteynerler çok kokuyor"])
more("CLEANING", "COMPLAINT", ["çöpler yine alınmadı", "konteyner hiç yıkanmadığı için kurtlanmış", "sokak süpürgesi hiç uğramıyor", "çöp poşetleri kaldırımda çürüyor",
    "inşaat molozu kaldırıma dökülmüş, kimse kaldırmıyor", "çöp arabası yarısını alıp gidiyor"])
more("PARKS", "SUPPORT", ["park yenilenmiş, çocuklar çok mutlu", "yeni ağaçlar dikilmiş, sokak yemyeşil oldu", "yeni kent ormanı şahane olmuş, hafta sonu piknik keyfi",
    "çim alanlar çok bakımlı, eline sağlık bahçıvanların", "parktaki yeni spor aletleri harika, bravo", "sahildeki çiçek düzenlemesi çok zarif olmuş"])
more("PARKS", "REQUEST", ["parkın ışıklarının tamir edilmesini rica ederiz", "kuru ağaç devrilmeden kesilsin lütfen", "parka kamelya yapılabilir mi",
    "oyun parkının zemini kauçukla kaplanabilir mi", "sokak ağaçlarının budanmasını bekliyoruz", "parka içme suyu çeşmesi konulsun"])
more("PARKS", "COMPLAINT", ["parkın çitleri kırık hala tamir edilmedi", "ağaç dalları yine balkonumuza girdi", "park hiç sulanmıyor, çimler sarardı",
    "çocuk parkında tahterevalli kırık, çivileri dışarıda", "parktaki çeşmeden hiç su akmıyor"])
more("MUNICIPAL_POLICE", "SUPPORT", ["zabıta ekipleri gürültü şikayetimize hemen geldi, ilk defa bu kadar hızlı", "kaldırım işgali kalktı, rahat yürüyoruz, helal olsun",
    "pazar denetimi çok iyi, fiyatlar düştü", "zabıtamız işini çok güzel yapıyor, takdir ediyoruz"])
more("MUNICIPAL_POLICE", "REQUEST", ["gece gürültüsü için denetim yapılsın lütfen", "pazar yerinde tartı kontrolü yapılmasını bekliyoruz", "kaldırım işgali için zabıtanın gelmesini rica ederim",
    "izinsiz tabelaların kaldırılması mümkün mü", "seyyar satıcıların kaldırılmasını talep ediyoruz"])
more("MUNICIPAL_POLICE", "COMPLAINT", ["kafeler hala kaldırıma masa koyuyor", "yine sabaha kadar müzik çaldılar, uyuyamadık", "esnaf dükkanın önüne mal yığıyor, yürüyemiyoruz",
    "bozuk et satan kasap var, kimse denetlemiyor", "seyyarlar yine geldi zabıta hiç yok"])
more("VETERINARY", "SUPPORT", ["yaralı kediyi kliniğe götürüp iyileştirdiniz, vicdanlı insanlarsınız", "sokak hayvanlarına su kabı koymuşsunuz, içimiz ısındı",
    "veteriner ekibi gece bile geldi, helal olsun", "kedilerimizin aşıları yapıldı, harika bir hizmet"])
more("VETERINARY", "REQUEST", ["sokak köpeklerinin aşılanmasını rica ederiz", "barınağa mama bağışı yapmak istiyorum, nasıl yapabilirim", "yavru kedilere bakacak biri lazım, barınak alabilir mi",
    "ölü köpeğin kaldırılmasını bekliyoruz", "köpekler için kısırlaştırma yapılsın lütfen"])
more("VETERINARY", "COMPLAINT", ["köpekler yine çocuklara saldırdı", "sokak köpekleri hala toplanmadı", "ölü hayvan hala yolda, koku başladı", "kediler zehirleniyor kimse ilgilenmiyor"])
more("SOCIAL_SERVICES", "SUPPORT", ["erzak paketi vaktinde ulaştı, hayır dualarımız sizinle", "evde bakım ekibi annemize çok şefkatli davranıyor",
    "burs sayesinde okula devam edebiliyorum, minnettarım", "engelli aracı hizmeti hayatımızı kolaylaştırdı"])
more("SOCIAL_SERVICES", "REQUEST", ["yaşlı komşumuz için evde temizlik desteği rica ediyoruz", "engelli yakınım için bakım desteği başvurusu nasıl", "çocuklarıma kırtasiye yardımı yapılabilir mi",
    "soğukta kalan evsiz için barınma yeri bulunsun lütfen", "gıda kartına başvurmak istiyorum"])
more("SOCIAL_SERVICES", "COMPLAINT", ["yardım başvurum hala sonuçlanmadı", "evde bakım ekibi yine gelmedi", "sosyal market kartı hiç yüklenmedi", "kreşe hiç kontenjan ayrılmadı"])
more("HEALTH", "SUPPORT", ["sinek sorunu çözüldü, balkon keyfimiz geri geldi", "ilaçlama ekibi çok hızlı geldi, helal olsun", "fare sorunumuz ilaçlamayla bitti, çok memnunuz"])
more("HEALTH", "REQUEST", ["bodrum katlara ilaçlama yapılsın lütfen", "kene ilaçlaması için ekip gönderilmesini rica ederim", "dere kenarına larva ilaçlaması yapılabilir mi"])
more("HEALTH", "COMPLAINT", ["ilaçlama hala yapılmadı", "hamamböcekleri yine çoğaldı, ilaçlama hiç işe yaramadı", "sinekten yine uyuyamadık"])
more("FUNERAL", "SUPPORT", ["cenaze hizmetleri acımızı paylaştı, minnettarız", "taziye çadırını hemen kurdular, helal olsun", "mezarlık çok bakımlı hale gelmiş, eline sağlık"])
more("FUNERAL", "REQUEST", ["mezarlığa çeşme yapılmasını rica ederiz", "mezarlıktaki otlar temizlensin lütfen", "aile mezarlığı için yer ayrılabilir mi"])
more("FIRE", "SUPPORT", ["itfaiye çok çabuk geldi, yangın büyümeden söndü, kahramanlar", "kedimizi ağaçtan kurtaran itfaiyecilere minnettarız", "okuldaki yangın eğitimi çok öğreticiydi"])
more("ZONING", "SUPPORT", ["iskan belgemiz bir haftada çıktı, şaşırdık, bravo", "imar müdürlüğündeki memur çok yardımcı oldu", "kentsel dönüşüm süreci çok şeffaf yürüdü, memnunuz"])
more("ZONING", "REQUEST", ["kaçak yapının denetlenmesini rica ediyoruz", "imar planı değişikliğine itiraz nasıl yapılır", "metruk bina mühürlensin lütfen", "riskli yapı tespiti yaptırabilir miyiz"])
more("ZONING", "COMPLAINT", ["kaçak inşaat hala devam ediyor", "ruhsat başvurum yine reddedildi, gerekçe yok", "imar planı hiç açıklanmadı, mağduruz"])
more("CULTURE", "SUPPORT", ["konser harikaydı, böyle etkinlikler devam etsin", "kütüphane yenilenmiş, çok ferah olmuş", "çocuk tiyatrosu çok eğlenceliydi, kızım hala anlatıyor",
    "kurs hocalarımız çok ilgili, çok şey öğrendik", "açık hava konseri şahaneydi, bravo"])
more("CULTURE", "REQUEST", ["kütüphane hafta sonu da açık olsun lütfen", "gençler için müzik atölyesi açılabilir mi", "etkinlik takvimi SMS ile duyurulsun", "yaşlılar için el sanatları kursu rica ediyoruz"])
more("CULTURE", "COMPLAINT", ["kurs yine iptal edildi", "konser alanında hiç tuvalet yoktu", "kültür merkezinin kliması hala bozuk"])
more("OTHER", "SUPPORT", ["başkanımız söz verdiğini yaptı, helal olsun", "belediyemiz çok çalışıyor, takdire şayan", "dilekçeme iki günde yanıt geldi, şaşırdım doğrusu, tebrik ederim",
    "şehir her geçen gün daha güzel, emeği geçenlerin eline sağlık", "👏👏 iyi ki böyle bir belediyemiz var", "ruhsat işlemim tek seferde bitti, işini bilen personel",
    "çağrı merkezindeki hanımefendi çok kibardı, içimiz rahatladı", "Allah razı olsun, her işimizde yanımızdasınız"])
more("OTHER", "REQUEST", ["belediye meclis toplantısı ne zaman", "vergi borcumu yapılandırabilir miyim", "muhtarlıkla ilgili bilgi alabilir miyim", "randevu için dönüş bekliyoruz",
    "e-belediye şifremi nasıl alırım"])
more("OTHER", "COMPLAINT", ["başvuruma hala dönülmedi", "çağrı merkezi yine meşgul", "beyaz masa hiç cevap vermiyor", "belediye binasında yine sıra bekledik saatlerce"])

# department vocabulary (TRAINING): everyday words for each department's topics
more("WATER", "COMPLAINT", ["hidrofor çalışıyor ama şebekeden su gelmiyor", "su deposu boşaldı, kesinti uzadı", "vana kırılmış, su kaçıyor", "atık su kanalı tıkandı, tuvaletler taşıyor",
    "içme suyu kireçli, çaydanlık taş bağladı"])
more("TRANSPORT", "COMPLAINT", ["dolmuş şoförü fazla ücret aldı", "İZBAN seferleri sürekli rötarlı", "marmaray aktarması çok kalabalık", "metrobüs duraklarında yürüyen merdiven çalışmıyor",
    "otobüs güzergahı haber verilmeden değişti", "toplu taşıma kartı okutucu arızalı"])
more("PUBLIC_WORKS", "COMPLAINT", ["yolda göçük var, araçlar zorlanıyor", "mıcır dökülmüş yol, taşlar cama sıçrıyor", "bordür taşları kırılmış", "altyapı çalışması sonrası yol bozuk kaldı",
    "menfez tıkalı, yol su altında kalıyor"])
more("CLEANING", "COMPLAINT", ["çöp konteynerinin kapağı kırık, kediler çöpü dağıtıyor", "çöp suyu sokağa akıyor", "yaprak ve çalı atıkları haftalardır duruyor", "geri dönüşüm kumbarası taşmış"])
more("PARKS", "COMPLAINT", ["ağaçların kökleri kaldırımı kaldırdı", "sahildeki çimlere kimse bakmıyor", "parkın kum havuzu pislik içinde", "çiçek tarhları kurumuş"])
more("MUNICIPAL_POLICE", "COMPLAINT", ["işportacılar iskele girişini işgal etti", "nargileci gece yarısı masaları sokağa taşırıyor", "kasap dükkanında hijyen yok", "kaldırıma tezgah açmışlar"])
more("VETERINARY", "COMPLAINT", ["sokak köpekleri çöp torbalarını deşip yayıyor", "sokak köpekleri bisikletlileri kovalıyor", "güvercinler her yeri kirletiyor, ölü güvercinler var"])

# =====================================================================================================================
# Additions (round 4, TRAINING only): questions that are requests ("... mı acaba?", "ne zaman ...?", "nereden ...?"),
# rhetorical questions that are complaints ("kimse bakmayacak mı?", "bu ne biçim iş?"), short chat-style lines and
# slang. Written for this project from the department topics. Not taken from any eval file; the author of
# eval-fresh.rows wrote these after it, so situations that file describes were deliberately left out here.
# =====================================================================================================================
more("WATER", "REQUEST", ["kesinti kaçta biter acaba", "sayaç okuma hangi gün yapılıyor", "su kaçağı için ekip gelebilir mi acaba",
    "aboneliği kapatmak için nereye gidiyoruz", "fatura itirazı nasıl yapılır", "su tahlili yaptırmak mümkün mü", "yazlıkta suyu kış boyunca kapattırabilir miyiz"])
more("WATER", "COMPLAINT", ["su nerde ya", "bu kaçıncı arıza, utanmıyor musunuz?", "susuzluktan canımız çıktı valla", "musluk hırıltı yapıyor ama su yok",
    "sayaç dönüyor evde kimse yokken, bakan yok mu?", "su kesik, duyuru sıfır", "vana sızdırıyor haftalardır, kim ilgilenecek?"])
more("TRANSPORT", "REQUEST", ["{n} numara kaçta kalkıyor pazar günleri", "kayıp eşya bürosu nerede", "durak ekranı ne zaman takılacak",
    "hat güzergahı değişti mi, bilgi alabilir miyim", "bisiklet vapura alınıyor mu"])
more("TRANSPORT", "COMPLAINT", ["otobüs yok otobüs", "{n} yine yok, neden?", "durakta dikilmekten ayaklarımız şişti, bu ne düzen?", "kartım okumadı, şoför bağırdı",
    "tramvay arıza verdi yarım saat içeride kaldık", "şoför çok hızlı gidiyor, ölecez bi gün", "aktarma indirimi neden yansımadı kartıma?"])
more("PUBLIC_WORKS", "REQUEST", ["kaldırım yapımı bizim sokağa da gelecek mi", "çukura bir bakabilir misiniz, sokağın başında", "yaya geçidi çizgileri ne zaman yenilenecek",
    "sokak tabelası yok, konulabilir mi", "köprü altı geçidin boyası ne zaman yapılır"])
more("PUBLIC_WORKS", "COMPLAINT", ["yol delik deşik, kimse yapmayacak mı?", "asfalt bir yağmurda söküldü, para nereye gitti?", "çukurdan lastik patladı, masrafı kim ödeyecek?",
    "parke taşları yerinden çıktı, her geçen araba taş fırlatıyor", "bordürler yıkık, araçlar kaldırıma çıkıyor"])
more("CLEANING", "REQUEST", ["çöp saat kaçta alınıyor bizim sokakta", "konteyner yıkama ne zaman yapılacak", "geri dönüşüm kutusu nereden talep edilir",
    "bahçe budama atıkları ayrıca mı alınıyor"])
more("CLEANING", "COMPLAINT", ["çöp çöp çöp, her yer çöp", "çöpler neden alınmıyor?", "konteynerin etrafı sinek dolu, kimse yıkamıyor mu?",
    "sahilde piknikçilerin bıraktığı çöpler duruyor", "çöp arabası sokağa hiç girmiyor, neden?"])
more("PARKS", "REQUEST", ["parka su sebili konulabilir mi", "mahalleye bir spor aleti alanı yapılması mümkün mü", "fidan dikimi etkinliğine nasıl katılırız",
    "parktaki kum havuzunun kumu ne zaman değişecek"])
more("PARKS", "COMPLAINT", ["parkta su sebili bozuk, çocuklar susuz", "basketbol potası kırık aylardır", "yeni dikilen fidanlar kurudu, kimse bakmadı mı?",
    "parkın çitinden köpekler giriyor, kapı kırık"])
more("MUNICIPAL_POLICE", "REQUEST", ["seyyar satıcı izni nereden alınıyor", "işyeri açma ruhsatı ne kadar sürer", "fiyat etiketi olmayan market için nereye şikayet edilir",
    "tabela izni için başvuru nasıl yapılıyor"])
more("MUNICIPAL_POLICE", "COMPLAINT", ["düğün salonu gece yarısı havai fişek atıyor, kimse bir şey demiyor mu?", "manav çürük meyveyi altına koyup satıyor",
    "lokanta tabelası kaldırımı kapatıyor", "halı yıkamacı sabaha kadar makine çalıştırıyor"])
more("VETERINARY", "REQUEST", ["köpek sahiplenmek istiyorum barınak açık mı", "evcil hayvan çip kaydı nerede yapılıyor", "barınağa gönüllü olmak istiyorum nasıl başvurulur"])
more("VETERINARY", "COMPLAINT", ["başıboş köpek saldırdı, kimse toplamıyor", "ölü kedi sokakta duruyor iki gündür", "köpekler gece boyu havlıyor, uyuyamıyoruz",
    "barınak kapasite dolu diyor, hayvanlar sokakta ölüyor"])
more("SOCIAL_SERVICES", "REQUEST", ["kreş kaydı ne zaman başlıyor", "aşevinden yemek almak için başvuru gerekiyor mu", "kadın danışma merkezi nerede"])
more("SOCIAL_SERVICES", "COMPLAINT", ["evde bakım ekibi söz verdi gelmedi", "aşevi yemekleri soğuk geliyor", "yardım kartı iki aydır yüklenmedi, neden?"])
more("HEALTH", "REQUEST", ["kene ilaçlaması köylere de yapılıyor mu", "karasinek için bahçeye ilaç atılabilir mi"])
more("HEALTH", "COMPLAINT", ["karasinekten yemek yiyemiyoruz, ilaç atılmadı mı bu yıl?", "kene çıktı bahçede, ilaçlama istedik gelen yok"])
more("FUNERAL", "REQUEST", ["mezar yeri tahsisi nasıl yapılıyor", "mezar taşı izni nereden alınıyor"])
more("FUNERAL", "COMPLAINT", ["mezarlık bakımsız, otlar boyu geçmiş", "mezarlık kapısı hep kilitli, ziyaret edemiyoruz"])
more("FIRE", "REQUEST", ["yangın tüpü kontrolü için itfaiye gelebilir mi", "bacamızı itfaiye kontrol edebilir mi"])
more("ZONING", "REQUEST", ["yapı denetim firması listesi nerede", "tadilat için izin gerekiyor mu"])
more("ZONING", "COMPLAINT", ["imar planı askıya çıktı mı, kimse bir şey söylemiyor", "yan binanın çıkması bizim ışığı kesti, izin nasıl verildi?"])
more("CULTURE", "REQUEST", ["kurs kayıtları ne zaman açılıyor", "sergi salonu kiralanabiliyor mu", "tiyatro programı nerede yayınlanıyor"])
more("CULTURE", "COMPLAINT", ["kurs hocası hiç gelmiyor, neden?", "festival sesi gece 1e kadar sürdü, programda 11 yazıyordu"])
more("OTHER", "REQUEST", ["emlak vergisi son gün ne zaman", "belediyede staj başvurusu var mı", "meclis toplantısı canlı yayınlanıyor mu"])
more("OTHER", "COMPLAINT", ["dilekçeme 2 aydır cevap yok", "belediyenin sitesi hep hata veriyor, ödeme yapamıyorum"])
more("OTHER", "SUPPORT", ["iyi ki bu şehirdeyim, her yer pırıl pırıl", "personeliniz çok güler yüzlü, teşekkür ederim", "belediyemizle gurur duyuyoruz"])
