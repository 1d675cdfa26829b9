<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en">
<context>
    <name>AccountLabel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ActivityText</name>
    <message>
        <source>connection refused</source>
        <translation>कनेक्शन अस्वीकार हुआ</translation>
    </message>
    <message>
        <source>unknown host</source>
        <translation>अज्ञात होस्ट</translation>
    </message>
    <message>
        <source>network unavailable</source>
        <translation>नेटवर्क उपलब्ध नहीं</translation>
    </message>
    <message>
        <source>connection closed by the receiver before a response</source>
        <translation>जवाब से पहले ही प्राप्तकर्ता ने कनेक्शन बंद कर दिया</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS हैंडशेक विफल: %1</translation>
    </message>
    <message>
        <source>timeout: no complete response within %1 ms</source>
        <translation>समय समाप्त: %1 ms में पूरा जवाब नहीं आया</translation>
    </message>
    <message>
        <source>redirect %1 to %2 (redirects are not followed; update the webhook URL)</source>
        <translation>%2 पर रीडायरेक्ट %1 (रीडायरेक्ट का पालन नहीं होता; वेबहुक का URL बदलें)</translation>
    </message>
    <message>
        <source>HTTP %1, but the response broke off after %2 of %3 bytes</source>
        <translation>HTTP %1, पर जवाब %3 में से %2 बाइट के बाद टूट गया</translation>
    </message>
    <message>
        <source>HTTP %1, but the response broke off: %2</source>
        <translation>HTTP %1, पर जवाब बीच में टूट गया: %2</translation>
    </message>
    <message>
        <source>%1 (this webhook accepts only 200)</source>
        <translation>%1 (यह वेबहुक केवल 200 स्वीकार करता है)</translation>
    </message>
    <message>
        <source>HTTP %1 in %2 ms</source>
        <translation>HTTP %1, %2 ms में</translation>
    </message>
    <message>
        <source>invalid URL: it must start with http:// or https://</source>
        <translation>अमान्य URL: यह http:// या https:// से शुरू होना चाहिए</translation>
    </message>
    <message>
        <source>invalid URL: it names no host</source>
        <translation>अमान्य URL: इसमें कोई होस्ट नहीं है</translation>
    </message>
    <message>
        <source>invalid URL: %1</source>
        <translation>अमान्य URL: %1</translation>
    </message>
    <message>
        <source>delivery is not running; restart Hookline</source>
        <translation>डिलीवरी नहीं चल रही है; Hookline फिर से शुरू करें</translation>
    </message>
    <message>
        <source>this webhook no longer exists</source>
        <translation>यह वेबहुक अब मौजूद नहीं है</translation>
    </message>
    <message>
        <source>nothing to send yet: the workspace has no message (create one in Compose)</source>
        <translation>अभी भेजने को कुछ नहीं: वर्कस्पेस में कोई संदेश नहीं है (Compose में एक बनाएँ)</translation>
    </message>
    <message>
        <source>no SMTP server is set in Settings</source>
        <translation>सेटिंग्स में कोई SMTP सर्वर सेट नहीं है</translation>
    </message>
    <message>
        <source>the workspace owner has no e-mail address</source>
        <translation>वर्कस्पेस के मालिक का कोई ई-मेल पता नहीं है</translation>
    </message>
    <message>
        <source>no sender address (SMTP “from”) is set</source>
        <translation>कोई प्रेषक पता (SMTP “from”) सेट नहीं है</translation>
    </message>
    <message>
        <source>each message at once</source>
        <translation>हर संदेश तुरंत</translation>
    </message>
    <message>
        <source>hourly bundles</source>
        <translation>हर घंटे बंडल</translation>
    </message>
    <message>
        <source>bundles every 6 hours</source>
        <translation>हर 6 घंटे में बंडल</translation>
    </message>
    <message>
        <source>bundles every 12 hours</source>
        <translation>हर 12 घंटे में बंडल</translation>
    </message>
    <message>
        <source>daily bundles</source>
        <translation>रोज़ाना बंडल</translation>
    </message>
    <message>
        <source>test delivered: %1</source>
        <translation>परीक्षण डिलीवर हुआ: %1</translation>
    </message>
    <message>
        <source>test failed: %1</source>
        <translation>परीक्षण विफल: %1</translation>
    </message>
    <message>
        <source>error %1 in a row: %2</source>
        <translation>लगातार %1वीं त्रुटि: %2</translation>
    </message>
    <message>
        <source>switched off automatically after %1 errors in a row; the last: %2</source>
        <translation>लगातार %1 त्रुटियों के बाद अपने-आप बंद किया गया; आख़िरी: %2</translation>
    </message>
    <message numerus="yes">
        <source>switched on; %n waiting message(s) discarded</source>
        <translation>
            <numerusform>चालू किया; %n प्रतीक्षारत संदेश हटाया गया</numerusform>
            <numerusform>चालू किया; %n प्रतीक्षारत संदेश हटाए गए</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>switched on; %n waiting message(s) will be delivered</source>
        <translation>
            <numerusform>चालू किया; %n प्रतीक्षारत संदेश डिलीवर होगा</numerusform>
            <numerusform>चालू किया; %n प्रतीक्षारत संदेश डिलीवर होंगे</numerusform>
        </translation>
    </message>
    <message>
        <source>switched on</source>
        <translation>चालू किया</translation>
    </message>
    <message>
        <source>paused by hand; new messages wait</source>
        <translation>हाथ से रोका गया; नए संदेश प्रतीक्षा में हैं</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) sent on request</source>
        <translation>
            <numerusform>अनुरोध पर %n बंडल भेजा गया</numerusform>
            <numerusform>अनुरोध पर %n बंडल भेजे गए</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>window ending %1: %n bundle(s)</source>
        <translation>
            <numerusform>%1 पर ख़त्म होने वाली अवधि: %n बंडल</numerusform>
            <numerusform>%1 पर ख़त्म होने वाली अवधि: %n बंडल</numerusform>
        </translation>
    </message>
    <message>
        <source>delivery %1 resent as delivery %2</source>
        <translation>डिलीवरी %1 को डिलीवरी %2 के रूप में फिर से भेजा गया</translation>
    </message>
    <message>
        <source>created: %1</source>
        <translation>बनाया गया: %1</translation>
    </message>
    <message>
        <source>aggregation from %1 to %2</source>
        <translation>एकत्रीकरण %1 से %2</translation>
    </message>
    <message>
        <source>name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>signing secret</source>
        <translation>हस्ताक्षर सीक्रेट</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>टाइमआउट</translation>
    </message>
    <message>
        <source>success rule</source>
        <translation>सफलता नियम</translation>
    </message>
    <message>
        <source>retry schedule</source>
        <translation>पुनःप्रयास अनुसूची</translation>
    </message>
    <message>
        <source>detailed log size</source>
        <translation>विस्तृत लॉग का आकार</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>बदला गया: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>owner not e-mailed: %1</source>
        <translation>मालिक को ई-मेल नहीं भेजा गया: %1</translation>
    </message>
    <message>
        <source>owner e-mailed at %1</source>
        <translation>मालिक को %1 पर ई-मेल भेजा गया</translation>
    </message>
    <message>
        <source>owner e-mail failed, giving up: %1</source>
        <translation>मालिक को ई-मेल विफल, अब कोशिश नहीं होगी: %1</translation>
    </message>
    <message>
        <source>owner e-mail failed, will try again: %1</source>
        <translation>मालिक को ई-मेल विफल, फिर कोशिश होगी: %1</translation>
    </message>
    <message>
        <source>links point at %1, this computer, but a webhook sends them to %2, which cannot open them: set a public base URL that %2 can reach (a tunnel or a reverse proxy)</source>
        <translation>लिंक %1 पर जाते हैं, यानी इसी कंप्यूटर पर, पर एक वेबहुक उन्हें %2 को भेजता है, जो उन्हें खोल नहीं सकता: ऐसा सार्वजनिक बेस URL सेट करें जिस तक %2 पहुँच सके (टनल या रिवर्स प्रॉक्सी)</translation>
    </message>
    <message>
        <source>links point at port %1 of this computer, where nothing listens (Hookline listens on port %2): they cannot open</source>
        <translation>लिंक इस कंप्यूटर के पोर्ट %1 पर जाते हैं, जहाँ कोई नहीं सुन रहा (Hookline पोर्ट %2 पर सुनता है): वे नहीं खुलेंगे</translation>
    </message>
    <message>
        <source>sent to %1</source>
        <translation>%1 को भेजा गया</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone (like Asia/Kolkata).</source>
        <translation>“%1” कोई ज्ञात समय क्षेत्र नहीं है (जैसे Asia/Kolkata)।</translation>
    </message>
    <message>
        <source>%1 holds no WhatsApp messages (%2 lines read, %3 not understood).</source>
        <translation>%1 में कोई WhatsApp संदेश नहीं है (%2 पंक्तियाँ पढ़ी गईं, %3 समझ में नहीं आईं)।</translation>
    </message>
    <message>
        <source>%1 holds only system lines, no messages.</source>
        <translation>%1 में केवल सिस्टम पंक्तियाँ हैं, कोई संदेश नहीं।</translation>
    </message>
    <message>
        <source>“%1” wrote nothing in this chat; its authors are: %2</source>
        <translation>“%1” ने इस चैट में कुछ नहीं लिखा; इसके लेखक हैं: %2</translation>
    </message>
    <message>
        <source>The export names the other person only as “%1”: give their phone number.</source>
        <translation>एक्सपोर्ट में दूसरे व्यक्ति का नाम केवल “%1” है: उनका फ़ोन नंबर दें।</translation>
    </message>
    <message>
        <source>None of its %1 messages could be stored (line %2: %3).</source>
        <translation>इसके %1 संदेशों में से कोई भी सहेजा नहीं जा सका (पंक्ति %2: %3)।</translation>
    </message>
    <message>
        <source>%1 is larger than %2; a chat export is far smaller.</source>
        <translation>%1, %2 से बड़ी है; चैट एक्सपोर्ट इससे कहीं छोटा होता है।</translation>
    </message>
    <message>
        <source>%1 cannot be read: out of memory.</source>
        <translation>%1 पढ़ी नहीं जा सकी: मेमोरी कम है।</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 पढ़ी नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 खोली नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete (%2).</source>
        <translation>%1 खराब या अधूरी है (%2)।</translation>
    </message>
    <message>
        <source>%1 holds more than %2 files; a chat export holds far fewer.</source>
        <translation>%1 में %2 से अधिक फ़ाइलें हैं; चैट एक्सपोर्ट में इससे कहीं कम होती हैं।</translation>
    </message>
    <message>
        <source>The chat %1 in %2 is larger than %3.</source>
        <translation>%2 में चैट %1, %3 से बड़ी है।</translation>
    </message>
    <message>
        <source>%1 expands to more than %2, so it was refused.</source>
        <translation>%1 खुलकर %2 से बड़ी हो जाती है, इसलिए अस्वीकार की गई।</translation>
    </message>
    <message>
        <source>%1 holds no chat: there is no .txt file in it.</source>
        <translation>%1 में कोई चैट नहीं है: इसमें कोई .txt फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <source>%1 holds several .txt files and none is named like a WhatsApp chat (“_chat.txt” or “WhatsApp Chat with ….txt”).</source>
        <translation>%1 में कई .txt फ़ाइलें हैं और किसी का नाम WhatsApp चैट जैसा नहीं है (“_chat.txt” या “WhatsApp Chat with ….txt”)।</translation>
    </message>
    <message>
        <source>%1 is a folder, not a chat export.</source>
        <translation>%1 एक फ़ोल्डर है, चैट एक्सपोर्ट नहीं।</translation>
    </message>
    <message>
        <source>%1 is not a zip archive: it does not begin like one.</source>
        <translation>%1 zip संग्रह नहीं है: इसकी शुरुआत zip जैसी नहीं है।</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 खाली है।</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>पंक्ति %1: %2</translation>
    </message>
    <message>
        <source>slowed down: waiting %1 s as the receiver asked (not counted as an error): %2</source>
        <translation>धीमा किया: रिसीवर के कहने पर %1 सेकंड की प्रतीक्षा (त्रुटि नहीं गिनी गई): %2</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>दिशा</translation>
    </message>
    <message>
        <source>another account</source>
        <translation>दूसरा खाता</translation>
    </message>
    <message>
        <source>kind of chat</source>
        <translation>चैट का प्रकार</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>अटैचमेंट</translation>
    </message>
    <message>
        <source>text does not match</source>
        <translation>टेक्स्ट मेल नहीं खाता</translation>
    </message>
    <message>
        <source>request headers</source>
        <translation>अनुरोध हेडर</translation>
    </message>
    <message>
        <source>filter</source>
        <translation>फ़िल्टर</translation>
    </message>
    <message>
        <source>throttle</source>
        <translation>गति सीमा</translation>
    </message>
    <message numerus="yes">
        <source>replay of %n message(s) from %1 to %2: deliveries %3 to %4</source>
        <translation>
            <numerusform>%1 से %2 तक का %n संदेश फिर से भेजा गया: डिलीवरी %3 से %4</numerusform>
            <numerusform>%1 से %2 तक के %n संदेश फिर से भेजे गए: डिलीवरी %3 से %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>taken by the feed: %n delivery(ies) up to cursor %1</source>
        <translation>
            <numerusform>फ़ीड ने लिया: कर्सर %1 तक %n डिलीवरी</numerusform>
            <numerusform>फ़ीड ने लिया: कर्सर %1 तक %n डिलीवरी</numerusform>
        </translation>
    </message>
    <message>
        <source>delivery from %1 to %2</source>
        <translation>डिलीवरी %1 से %2</translation>
    </message>
    <message>
        <source>events</source>
        <translation>इवेंट</translation>
    </message>
    <message>
        <source>push</source>
        <translation>पुश</translation>
    </message>
    <message>
        <source>pull feed</source>
        <translation>पुल फ़ीड</translation>
    </message>
    <message>
        <source>push and pull feed</source>
        <translation>पुश और पुल फ़ीड</translation>
    </message>
    <message>
        <source>replay: %1</source>
        <translation>रीप्ले: %1</translation>
    </message>
    <message numerus="yes">
        <source>replay of %n message(s) from %1 to %2 for “%3”: deliveries %4 to %5</source>
        <translation>
            <numerusform>%1 से %2 तक का %n संदेश “%3” के लिए फिर से भेजा गया: डिलीवरी %4 से %5</numerusform>
            <numerusform>%1 से %2 तक के %n संदेश “%3” के लिए फिर से भेजे गए: डिलीवरी %4 से %5</numerusform>
        </translation>
    </message>
    <message>
        <source>it only sends replays</source>
        <translation>यह केवल रीप्ले भेजता है</translation>
    </message>
    <message>
        <source>replays only</source>
        <translation>केवल रीप्ले</translation>
    </message>
    <message>
        <source>new messages too</source>
        <translation>नए संदेश भी</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Hookline cannot start</source>
        <translation>Hookline शुरू नहीं हो सका</translation>
    </message>
</context>
<context>
    <name>ServiceErrorText</name>
    <message>
        <source>It no longer exists; it was deleted elsewhere.</source>
        <translation>यह अब मौजूद नहीं है; इसे कहीं और से हटा दिया गया।</translation>
    </message>
    <message>
        <source>The store could not be reached, so nothing was changed: %1</source>
        <translation>स्टोर तक पहुँच नहीं हो सकी, इसलिए कुछ नहीं बदला: %1</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was changed. Free some space and try again.</source>
        <translation>डिस्क भरी हुई है, इसलिए कुछ नहीं बदला। कुछ जगह खाली करें और फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>WhatsApp refused: %1</source>
        <translation>WhatsApp ने मना किया: %1</translation>
    </message>
    <message>
        <source>Another webhook already posts to this URL with the same aggregation; every message would arrive twice.</source>
        <translation>एक दूसरा वेबहुक इसी URL पर इसी एकत्रीकरण के साथ पहले से भेजता है; हर संदेश दो बार पहुँचेगा।</translation>
    </message>
    <message>
        <source>An account with this phone number exists already.</source>
        <translation>इस फ़ोन नंबर का खाता पहले से मौजूद है।</translation>
    </message>
    <message>
        <source>Enter the URL the messages are posted to.</source>
        <translation>वह URL दर्ज करें जिस पर संदेश भेजे जाएँ।</translation>
    </message>
    <message>
        <source>The phone number is required.</source>
        <translation>फ़ोन नंबर ज़रूरी है।</translation>
    </message>
    <message>
        <source>The URL must start with http:// or https://.</source>
        <translation>URL http:// या https:// से शुरू होना चाहिए।</translation>
    </message>
    <message>
        <source>The URL names no host, e.g. https://crm.example.com/hooks.</source>
        <translation>URL में कोई होस्ट नहीं है, जैसे https://crm.example.com/hooks।</translation>
    </message>
    <message>
        <source>The URL is longer than 4,096 characters.</source>
        <translation>URL 4,096 अक्षरों से लंबा है।</translation>
    </message>
    <message>
        <source>This is not a valid URL; look for spaces or typing errors.</source>
        <translation>यह मान्य URL नहीं है; खाली जगह या टाइपिंग की ग़लतियाँ देखें।</translation>
    </message>
    <message>
        <source>The name is longer than 200 characters.</source>
        <translation>नाम 200 अक्षरों से लंबा है।</translation>
    </message>
    <message>
        <source>A signing secret is “whsec_” followed by 24 to 64 bytes in base64: use Generate.</source>
        <translation>हस्ताक्षर सीक्रेट “whsec_” के बाद base64 में 24 से 64 बाइट होता है: जनरेट करें का उपयोग करें।</translation>
    </message>
    <message>
        <source>The timeout must be from 0.1 to 600 seconds.</source>
        <translation>टाइमआउट 0.1 से 600 सेकंड के बीच होना चाहिए।</translation>
    </message>
    <message>
        <source>The detailed log keeps from 1 to 100,000 attempts.</source>
        <translation>विस्तृत लॉग 1 से 100,000 प्रयास रखता है।</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>यह ई-मेल पता नहीं है।</translation>
    </message>
    <message>
        <source>The port must be from 1 to 65535.</source>
        <translation>पोर्ट 1 से 65535 के बीच होना चाहिए।</translation>
    </message>
    <message>
        <source>This is not a known time zone; pick one from the list (like Asia/Kolkata).</source>
        <translation>यह ज्ञात समय क्षेत्र नहीं है; सूची में से एक चुनें (जैसे Asia/Kolkata)।</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// address, or leave it empty to follow the address Hookline listens on.</source>
        <translation>http:// या https:// पता दर्ज करें, या इसे ख़ाली छोड़ें ताकि Hookline जिस पते पर सुनता है वही इस्तेमाल हो।</translation>
    </message>
    <message>
        <source>The password could not be stored in the keyring, so nothing was changed: %1</source>
        <translation>पासवर्ड कीरिंग में सहेजा नहीं जा सका, इसलिए कुछ नहीं बदला: %1</translation>
    </message>
    <message>
        <source>The Cloud API settings are still being read; try again in a moment.</source>
        <translation>Cloud API सेटिंग्स अभी पढ़ी जा रही हैं; थोड़ी देर में फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>Give the phone number of the account the chat belongs to.</source>
        <translation>उस खाते का फ़ोन नंबर दें जिसकी यह चैट है।</translation>
    </message>
    <message>
        <source>The secret could not be stored in the keyring, so nothing was changed: %1</source>
        <translation>सीक्रेट कीरिंग में सहेजा नहीं जा सका, इसलिए कुछ नहीं बदला: %1</translation>
    </message>
    <message>
        <source>A webhook sends at most %1 headers of its own.</source>
        <translation>एक वेबहुक अपने अधिकतम %1 हेडर भेजता है।</translation>
    </message>
    <message>
        <source>Header %1 needs a name.</source>
        <translation>हेडर %1 को एक नाम चाहिए।</translation>
    </message>
    <message>
        <source>Header %1 needs a value.</source>
        <translation>हेडर %1 को एक मान चाहिए।</translation>
    </message>
    <message>
        <source>Header %1: a name is at most %2 characters long.</source>
        <translation>हेडर %1: नाम अधिकतम %2 अक्षरों का हो सकता है।</translation>
    </message>
    <message>
        <source>Header %1: a value is at most %2 bytes long.</source>
        <translation>हेडर %1: मान अधिकतम %2 बाइट का हो सकता है।</translation>
    </message>
    <message>
        <source>Header %1: a name may hold only letters, digits and !#$%&amp;&apos;*+-.^_`|~ (no spaces or colons).</source>
        <translation>हेडर %1: नाम में केवल अक्षर, अंक और !#$%&amp;&apos;*+-.^_`|~ हो सकते हैं (खाली जगह या कोलन नहीं)।</translation>
    </message>
    <message>
        <source>Header %1: %2 is set by the HTTP connection and cannot be replaced.</source>
        <translation>हेडर %1: %2 HTTP कनेक्शन तय करता है, इसे बदला नहीं जा सकता।</translation>
    </message>
    <message>
        <source>Header %1: %2 is sent by Hookline itself and cannot be replaced.</source>
        <translation>हेडर %1: %2 Hookline ख़ुद भेजता है, इसे बदला नहीं जा सकता।</translation>
    </message>
    <message>
        <source>Header %1: %2 is given twice (header names ignore case).</source>
        <translation>हेडर %1: %2 दो बार दिया गया है (हेडर नामों में बड़े-छोटे अक्षर एक माने जाते हैं)।</translation>
    </message>
    <message>
        <source>Header %1: a value cannot hold line breaks or other control characters.</source>
        <translation>हेडर %1: मान में लाइन ब्रेक या दूसरे कंट्रोल अक्षर नहीं हो सकते।</translation>
    </message>
    <message>
        <source>This regular expression could take very long on some messages (it backtracks catastrophically, as (a+)+ does). Simplify it, or untick Regular expression to look for the text as it is.</source>
        <translation>यह रेगुलर एक्सप्रेशन कुछ संदेशों पर बहुत समय ले सकता है (यह (a+)+ की तरह बेहद ज़्यादा बैकट्रैक करता है)। इसे सरल करें, या टेक्स्ट को जैसा है वैसा खोजने के लिए रेगुलर एक्सप्रेशन का निशान हटाएँ।</translation>
    </message>
    <message>
        <source>This is not a valid regular expression: %1</source>
        <translation>यह मान्य रेगुलर एक्सप्रेशन नहीं है: %1</translation>
    </message>
    <message>
        <source>The text is longer than %1 characters.</source>
        <translation>टेक्स्ट %1 अक्षरों से लंबा है।</translation>
    </message>
    <message>
        <source>The filter&apos;s accounts must be phone numbers, each given once.</source>
        <translation>फ़िल्टर के खाते फ़ोन नंबर होने चाहिए, हर एक केवल एक बार।</translation>
    </message>
    <message>
        <source>Switch the webhook on first: a replay to a webhook that is off would only wait.</source>
        <translation>पहले वेबहुक चालू करें: बंद वेबहुक को भेजा गया रीप्ले केवल प्रतीक्षा करेगा।</translation>
    </message>
    <message>
        <source>The end of the range must be after its start.</source>
        <translation>अवधि का अंत उसकी शुरुआत के बाद होना चाहिए।</translation>
    </message>
    <message>
        <source>No message of this range would be sent.</source>
        <translation>इस अवधि का कोई संदेश नहीं भेजा जाएगा।</translation>
    </message>
    <message>
        <source>A webhook has from 1 to %1 requests under way at once.</source>
        <translation>एक वेबहुक के एक साथ 1 से %1 अनुरोध चल सकते हैं।</translation>
    </message>
    <message>
        <source>The range holds more than %1 messages; choose a shorter range or a filter.</source>
        <translation>इस अवधि में %1 से अधिक संदेश हैं; छोटी अवधि या कोई फ़िल्टर चुनें।</translation>
    </message>
    <message>
        <source>The rate is 0 (no limit) or from %1 to %2 requests per second.</source>
        <translation>दर 0 (कोई सीमा नहीं) या प्रति सेकंड %1 से %2 अनुरोध होती है।</translation>
    </message>
    <message>
        <source>A webhook already posts to this URL: replay to that webhook instead.</source>
        <translation>एक वेबहुक पहले से इसी URL पर भेजता है: उसकी जगह उसी वेबहुक को रीप्ले करें।</translation>
    </message>
</context>
<context>
    <name>hookline::AccountsGroup</name>
    <message>
        <source>WhatsApp accounts</source>
        <translation>WhatsApp खाते</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>+14155550100</source>
        <translation>+14155550100</translation>
    </message>
    <message>
        <source>Account phone</source>
        <translation>खाते का फ़ोन</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>खाते का नाम</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Account e-mail</source>
        <translation>खाते का ईमेल</translation>
    </message>
    <message>
        <source>Add accoun&amp;t</source>
        <translation>खाता जोड़ें (&amp;T)</translation>
    </message>
    <message>
        <source>Ad&amp;just selected account</source>
        <translation>चुने गए खाते में लागू करें (&amp;J)</translation>
    </message>
    <message>
        <source>Saves these fields to the account selected in the list</source>
        <translation>ये फ़ील्ड सूची में चुने गए खाते में सहेजता है</translation>
    </message>
    <message>
        <source>Phone (re&amp;quired):</source>
        <translation>फ़ोन (आवश्यक) (&amp;Q):</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>नाम (&amp;M):</translation>
    </message>
    <message>
        <source>E-mai&amp;l:</source>
        <translation>ईमेल (&amp;L):</translation>
    </message>
    <message>
        <source>For the account %1:</source>
        <translation>खाता %1 के लिए:</translation>
    </message>
    <message>
        <source>For the account %1 (%2):</source>
        <translation>खाता %1 (%2) के लिए:</translation>
    </message>
    <message>
        <source>Select the account to change first.</source>
        <translation>पहले वह खाता चुनें जिसे आप बदलना चाहते हैं।</translation>
    </message>
    <message>
        <source>Account saved.</source>
        <translation>खाता सहेजा गया।</translation>
    </message>
    <message>
        <source>An account with phone %1 exists already.</source>
        <translation>फ़ोन %1 वाला खाता पहले से मौजूद है।</translation>
    </message>
</context>
<context>
    <name>hookline::AttemptsModel</name>
    <message>
        <source>Webhook %1</source>
        <translation>वेबहुक %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>वेबहुक</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>चैट</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>अवधि</translation>
    </message>
    <message numerus="yes">
        <source>bundle of %n message(s)</source>
        <translation>
            <numerusform>%n संदेश का बंडल</numerusform>
            <numerusform>%n संदेशों का बंडल</numerusform>
        </translation>
    </message>
    <message>
        <source>test</source>
        <translation>जाँच</translation>
    </message>
    <message>
        <source>message</source>
        <translation>संदेश</translation>
    </message>
    <message>
        <source>%1 · retrying</source>
        <translation>%1 · फिर से प्रयास हो रहा है</translation>
    </message>
    <message>
        <source>%1 · next at %2</source>
        <translation>%1 · अगला %2 पर</translation>
    </message>
    <message>
        <source>This delivery still waits; the webhook tries again after its back-off.</source>
        <translation>यह डिलीवरी अभी प्रतीक्षा में है; वेबहुक अपने अंतराल के बाद फिर प्रयास करेगा।</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>डिलीवरी</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>प्रयास</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>परिणाम</translation>
    </message>
</context>
<context>
    <name>hookline::ChatMessagesModel</name>
    <message>
        <source>sent</source>
        <comment>WhatsApp status</comment>
        <translation>भेजा गया</translation>
    </message>
    <message>
        <source>delivered</source>
        <comment>WhatsApp status</comment>
        <translation>डिलीवर हुआ</translation>
    </message>
    <message>
        <source>read</source>
        <comment>WhatsApp status</comment>
        <translation>पढ़ा गया</translation>
    </message>
    <message>
        <source>played</source>
        <comment>WhatsApp status</comment>
        <translation>चलाया गया</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>WhatsApp status</comment>
        <translation>विफल</translation>
    </message>
    <message>
        <source>deleted</source>
        <comment>WhatsApp status</comment>
        <translation>हटाया गया</translation>
    </message>
    <message>
        <source>Unknown sender</source>
        <translation>अज्ञात भेजने वाला</translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s)</source>
        <translation>
            <numerusform>%n वेबहुक</numerusform>
            <numerusform>%n वेबहुक</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation>आज</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>कल</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>भेजा गया</translation>
    </message>
    <message>
        <source>Received from %1</source>
        <translation>%1 से प्राप्त</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1, %2 पर: %3</translation>
    </message>
    <message>
        <source>Attachment: %1 (%2)</source>
        <translation>अटैचमेंट: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>… %n more character(s) not shown.</source>
        <translation>
            <numerusform>… %n और अक्षर नहीं दिखाया गया।</numerusform>
            <numerusform>… %n और अक्षर नहीं दिखाए गए।</numerusform>
        </translation>
    </message>
    <message>
        <source>WhatsApp: %1</source>
        <translation>WhatsApp: %1</translation>
    </message>
    <message numerus="yes">
        <source>✓ %n webhook(s)</source>
        <translation>
            <numerusform>✓ %n वेबहुक</numerusform>
            <numerusform>✓ %n वेबहुक</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for %1</source>
        <translation>%1 की प्रतीक्षा में</translation>
    </message>
    <message>
        <source>waiting for %1 (bundle at %2)</source>
        <translation>%1 की प्रतीक्षा में (बंडल %2 पर)</translation>
    </message>
    <message>
        <source>held for %1 (switched off)</source>
        <translation>%1 के लिए रोका गया (बंद है)</translation>
    </message>
    <message>
        <source>dropped for %1</source>
        <translation>%1 के लिए छोड़ा गया</translation>
    </message>
    <message>
        <source>Sent to %1</source>
        <translation>%1 को भेजा गया</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>डिलीवर हुआ</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>भेजे जाने की प्रतीक्षा में</translation>
    </message>
    <message numerus="yes">
        <source>failing after %n attempt(s): %1</source>
        <translation>
            <numerusform>%n प्रयास के बाद विफल: %1</numerusform>
            <numerusform>%n प्रयासों के बाद विफल: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>in the bundle that goes out at %1</source>
        <translation>उस बंडल में जो %1 पर जाएगा</translation>
    </message>
    <message>
        <source>held while the webhook is switched off</source>
        <translation>वेबहुक बंद रहने तक रोका गया</translation>
    </message>
    <message>
        <source>dropped: the webhook was switched on again without its backlog</source>
        <translation>छोड़ा गया: वेबहुक बिना रुके संदेशों के फिर चालू किया गया</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>WhatsApp: %1 at %2</source>
        <translation>WhatsApp: %1, %2 पर</translation>
    </message>
    <message>
        <source>%1: filtered out</source>
        <translation>%1: फ़िल्टर से बाहर</translation>
    </message>
    <message>
        <source>not sent: its filter turns the message away (%1)</source>
        <translation>नहीं भेजा गया: इसका फ़िल्टर यह संदेश नहीं लेता (%1)</translation>
    </message>
</context>
<context>
    <name>hookline::ChatsPage</name>
    <message>
        <source>&amp;Compose…</source>
        <translation>संदेश लिखें (&amp;C)…</translation>
    </message>
    <message>
        <source>Create a received or sent message by hand</source>
        <translation>प्राप्त या भेजा गया संदेश स्वयं बनाएँ</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>खाते (&amp;A)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Phone / group id</source>
        <translation>फ़ोन / समूह ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>ज़िम्मेदार</translation>
    </message>
    <message>
        <source>C&amp;hats</source>
        <translation>चैट (&amp;H)</translation>
    </message>
    <message>
        <source>R&amp;esponsible:</source>
        <translation>ज़िम्मेदार (&amp;E):</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>संदेश</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>संदेश (&amp;M)</translation>
    </message>
    <message>
        <source>The chats could not be loaded: %1</source>
        <translation>चैट लोड नहीं हो सकीं: %1</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>समूह</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>प्रत्यक्ष</translation>
    </message>
    <message>
        <source>The messages could not be loaded: %1</source>
        <translation>संदेश लोड नहीं हो सके: %1</translation>
    </message>
    <message>
        <source>No chat selected.</source>
        <translation>कोई चैट नहीं चुनी गई है।</translation>
    </message>
    <message>
        <source>The newest %1 of %2 messages.</source>
        <translation>%2 में से सबसे नए %1 संदेश।</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s).</source>
        <translation>
            <numerusform>%n संदेश।</numerusform>
            <numerusform>%n संदेश।</numerusform>
        </translation>
    </message>
    <message>
        <source>The responsible teammate could not be saved: %1</source>
        <translation>ज़िम्मेदार टीम साथी सहेजा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>Teammate %1</source>
        <translation>टीम साथी %1</translation>
    </message>
    <message>
        <source>&amp;Import chat…</source>
        <translation>चैट आयात करें (&amp;I)…</translation>
    </message>
    <message>
        <source>Store the messages of a WhatsApp chat export (.txt or .zip)</source>
        <translation>WhatsApp चैट एक्सपोर्ट (.txt या .zip) के संदेश सहेजें</translation>
    </message>
    <message>
        <source>No chats yet.

Messages arrive from the WhatsApp Cloud API (Settings), from a WhatsApp chat export (Import chat…), from the local API (POST %1/messages), or from Compose… for testing by hand.</source>
        <translation>अभी कोई चैट नहीं।

संदेश WhatsApp Cloud API (सेटिंग्स) से, WhatsApp चैट एक्सपोर्ट (चैट आयात करें…) से, लोकल API (POST %1/messages) से, या हाथ से जाँचने के लिए लिखें… से आते हैं।</translation>
    </message>
    <message>
        <source>Select a chat to read its messages.</source>
        <translation>संदेश पढ़ने के लिए कोई चैट चुनें।</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>फ़ोल्डर %1 बनाया नहीं जा सकता।</translation>
    </message>
    <message>
        <source>The stored file cannot be copied: %1</source>
        <translation>सहेजी गई फ़ाइल कॉपी नहीं की जा सकती: %1</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>टेक्स्ट कॉपी करें(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Open attachment</source>
        <translation>अटैचमेंट खोलें(&amp;O)</translation>
    </message>
    <message>
        <source>The attachment could not be opened: %1</source>
        <translation>अटैचमेंट खोला नहीं जा सका: %1</translation>
    </message>
    <message numerus="yes">
        <source>Message sent through WhatsApp and stored; queued for %n webhook(s).</source>
        <translation>
            <numerusform>संदेश WhatsApp से भेजा और सहेजा गया; %n वेबहुक के लिए कतार में।</numerusform>
            <numerusform>संदेश WhatsApp से भेजा और सहेजा गया; %n वेबहुक के लिए कतार में।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Message stored; queued for %n webhook(s).</source>
        <translation>
            <numerusform>संदेश सहेजा गया; %n वेबहुक के लिए कतार में।</numerusform>
            <numerusform>संदेश सहेजा गया; %n वेबहुक के लिए कतार में।</numerusform>
        </translation>
    </message>
    <message>
        <source>Message sent through WhatsApp and stored; no webhook is switched on to receive it.</source>
        <translation>संदेश WhatsApp से भेजा और सहेजा गया; इसे पाने के लिए कोई वेबहुक चालू नहीं है।</translation>
    </message>
    <message>
        <source>Message stored; no webhook is switched on to receive it.</source>
        <translation>संदेश सहेजा गया; इसे पाने के लिए कोई वेबहुक चालू नहीं है।</translation>
    </message>
    <message>
        <source>Show &amp;deliveries</source>
        <translation>डिलीवरी दिखाएँ(&amp;D)</translation>
    </message>
    <message>
        <source>%1, %2: “%3”</source>
        <translation>%1, %2: “%3”</translation>
    </message>
</context>
<context>
    <name>hookline::CloudApiGroup</name>
    <message>
        <source>WhatsApp Cloud API (selected account)</source>
        <translation>WhatsApp Cloud API (चुना गया खाता)</translation>
    </message>
    <message>
        <source>e.g. 106540352242922</source>
        <translation>जैसे 106540352242922</translation>
    </message>
    <message>
        <source>Meta shows it under WhatsApp → API Setup</source>
        <translation>Meta इसे WhatsApp → API Setup में दिखाता है</translation>
    </message>
    <message>
        <source>Leave it empty for %1</source>
        <translation>%1 के लिए इसे खाली छोड़ें</translation>
    </message>
    <message>
        <source>Phone num&amp;ber id:</source>
        <translation>फ़ोन नंबर ID (&amp;B):</translation>
    </message>
    <message>
        <source>Graph API addr&amp;ess:</source>
        <translation>Graph API पता (&amp;E):</translation>
    </message>
    <message>
        <source>App secre&amp;t:</source>
        <translation>ऐप सीक्रेट (&amp;T):</translation>
    </message>
    <message>
        <source>Clear the app secret</source>
        <translation>ऐप सीक्रेट हटाएँ</translation>
    </message>
    <message>
        <source>&amp;Verify token:</source>
        <translation>सत्यापन टोकन (&amp;V):</translation>
    </message>
    <message>
        <source>Clear the verify token</source>
        <translation>सत्यापन टोकन हटाएँ</translation>
    </message>
    <message>
        <source>A&amp;ccess token:</source>
        <translation>एक्सेस टोकन (&amp;C):</translation>
    </message>
    <message>
        <source>Clear the access token</source>
        <translation>एक्सेस टोकन हटाएँ</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>कॉपी करें (&amp;Y)</translation>
    </message>
    <message>
        <source>Copy the webhook URL</source>
        <translation>वेबहुक URL कॉपी करें</translation>
    </message>
    <message>
        <source>&amp;Webhook URL for Meta:</source>
        <translation>Meta के लिए वेबहुक URL (&amp;W):</translation>
    </message>
    <message>
        <source>Paste it with the verify token into the Meta app&apos;s WhatsApp → Configuration. It is made of the public base URL (Workspace), which Meta must be able to reach.</source>
        <translation>इसे सत्यापन टोकन के साथ Meta ऐप के WhatsApp → Configuration में चिपकाएँ। यह सार्वजनिक बेस URL (वर्कस्पेस) से बनता है, जिस तक Meta का पहुँचना ज़रूरी है।</translation>
    </message>
    <message>
        <source>Co&amp;nnect / save</source>
        <translation>जोड़ें / सहेजें (&amp;N)</translation>
    </message>
    <message>
        <source>Saves the Cloud API settings of the selected account; empty secrets stay as stored</source>
        <translation>चुने गए खाते की Cloud API सेटिंग्स सहेजता है; खाली छोड़े गए सीक्रेट पहले जैसे ही रहते हैं</translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation>डिस्कनेक्ट करें (&amp;D)…</translation>
    </message>
    <message>
        <source>The webhook URL is on the clipboard.</source>
        <translation>वेबहुक URL क्लिपबोर्ड पर कॉपी हो गया है।</translation>
    </message>
    <message>
        <source>The Cloud API is not available here.</source>
        <translation>Cloud API यहाँ उपलब्ध नहीं है।</translation>
    </message>
    <message>
        <source>Select an account in the list above to connect it to the WhatsApp Cloud API.</source>
        <translation>WhatsApp Cloud API से जोड़ने के लिए ऊपर की सूची में कोई खाता चुनें।</translation>
    </message>
    <message>
        <source>Reading the Cloud API settings…</source>
        <translation>Cloud API सेटिंग्स पढ़ी जा रही हैं…</translation>
    </message>
    <message>
        <source>set — leave empty to keep</source>
        <translation>सेट है — रखने के लिए खाली छोड़ें</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>सेट नहीं है</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>जुड़ा नहीं है।</translation>
    </message>
    <message>
        <source>Connected as phone number id %1.</source>
        <translation>फ़ोन नंबर ID %1 के रूप में जुड़ा है।</translation>
    </message>
    <message>
        <source>Receives Meta&apos;s notifications.</source>
        <translation>Meta की सूचनाएँ प्राप्त करता है।</translation>
    </message>
    <message>
        <source>Meta&apos;s notifications are refused until an app secret is set.</source>
        <translation>ऐप सीक्रेट सेट होने तक Meta की सूचनाएँ अस्वीकार की जाती हैं।</translation>
    </message>
    <message>
        <source>Can send from the Composer.</source>
        <translation>संदेश लिखें विंडो से भेज सकता है।</translation>
    </message>
    <message>
        <source>Sending needs an access token.</source>
        <translation>भेजने के लिए एक्सेस टोकन चाहिए।</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>सहेजा जा रहा है…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>सहेजा नहीं गया: %1</translation>
    </message>
    <message>
        <source>Cloud API settings saved.</source>
        <translation>Cloud API सेटिंग्स सहेजी गईं।</translation>
    </message>
    <message>
        <source>Disconnect from the Cloud API?</source>
        <translation>Cloud API से डिस्कनेक्ट करें?</translation>
    </message>
    <message>
        <source>The account&apos;s Cloud API settings and secrets are removed, and Meta&apos;s notifications for it are refused until it is connected again. Its messages stay. Disconnect?</source>
        <translation>इस खाते की Cloud API सेटिंग्स और सीक्रेट हटा दिए जाएँगे, और जब तक इसे फिर से नहीं जोड़ा जाता, इसके लिए Meta की सूचनाएँ अस्वीकार की जाएँगी। इसके संदेश बने रहेंगे। डिस्कनेक्ट करें?</translation>
    </message>
    <message>
        <source>Not disconnected: %1</source>
        <translation>डिस्कनेक्ट नहीं हुआ: %1</translation>
    </message>
    <message>
        <source>Disconnected from the Cloud API.</source>
        <translation>Cloud API से डिस्कनेक्ट हो गया।</translation>
    </message>
</context>
<context>
    <name>hookline::ComposerDialog</name>
    <message>
        <source>“%1” is a folder, not a file.</source>
        <translation>“%1” एक फ़ोल्डर है, फ़ाइल नहीं।</translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation>फ़ाइल “%1” मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>The file “%1” is %2; attachments are limited to %3.</source>
        <translation>फ़ाइल “%1” का आकार %2 है; अनुलग्नक अधिकतम %3 के हो सकते हैं।</translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: %2</source>
        <translation>फ़ाइल “%1” पढ़ी नहीं जा सकती: %2</translation>
    </message>
    <message>
        <source>Compose a message</source>
        <translation>संदेश लिखें</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>खाता</translation>
    </message>
    <message>
        <source>+14155550100</source>
        <translation>+14155550100</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>बिक्री</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>खाता (&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>फ़ोन (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>नाम (&amp;N):</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>चैट</translation>
    </message>
    <message>
        <source>+919800000001</source>
        <translation>+919800000001</translation>
    </message>
    <message>
        <source>Asha Rao</source>
        <translation>आशा राव</translation>
    </message>
    <message>
        <source>&amp;Chat:</source>
        <translation>चैट (&amp;C):</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>फ़ोन (&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Group id:</source>
        <translation>समूह ID (&amp;G):</translation>
    </message>
    <message>
        <source>Nam&amp;e:</source>
        <translation>नाम (&amp;E):</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>संदेश</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>प्राप्त</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>भेजा गया</translation>
    </message>
    <message>
        <source>Hello! Is the order on its way?</source>
        <translation>नमस्ते! क्या ऑर्डर रास्ते में है?</translation>
    </message>
    <message>
        <source>No file</source>
        <translation>कोई फ़ाइल नहीं</translation>
    </message>
    <message>
        <source>Choose fi&amp;le…</source>
        <translation>फ़ाइल चुनें (&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>दिशा (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>फ़ाइल (&amp;F):</translation>
    </message>
    <message>
        <source>Stores the message and hands it to the webhooks (Ctrl+Return)</source>
        <translation>संदेश को सहेजता है और वेबहुक को सौंप देता है (Ctrl+Return)</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>नया खाता…</translation>
    </message>
    <message>
        <source>The accounts could not be loaded: %1</source>
        <translation>खाते लोड नहीं हो सके: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (group)</source>
        <translation>%1 (समूह)</translation>
    </message>
    <message>
        <source>New direct chat…</source>
        <translation>नई प्रत्यक्ष चैट…</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>नया समूह…</translation>
    </message>
    <message>
        <source>The chats could not be loaded: %1</source>
        <translation>चैट लोड नहीं हो सकीं: %1</translation>
    </message>
    <message>
        <source>A participant&apos;s name</source>
        <translation>किसी प्रतिभागी का नाम</translation>
    </message>
    <message>
        <source>The participant&apos;s phone (optional)</source>
        <translation>प्रतिभागी का फ़ोन (वैकल्पिक)</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>फ़ाइल संलग्न करें</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>पाठ (&amp;X):</translation>
    </message>
    <message>
        <source>Send through &amp;WhatsApp (Cloud API)</source>
        <translation>WhatsApp से भेजें (Cloud API) (&amp;W)</translation>
    </message>
    <message>
        <source>Sends the message through WhatsApp, then stores it and hands it to the webhooks (Ctrl+Return)</source>
        <translation>संदेश को WhatsApp से भेजता है, फिर उसे सहेजता है और वेबहुक को सौंप देता है (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Sends the message to the chat&apos;s phone through the WhatsApp Cloud API; it is stored only if WhatsApp takes it</source>
        <translation>संदेश को WhatsApp Cloud API के ज़रिए चैट के फ़ोन पर भेजता है; यह तभी सहेजा जाता है जब WhatsApp उसे स्वीकार कर ले</translation>
    </message>
    <message>
        <source>The account is not connected to the WhatsApp Cloud API with an access token (Settings)</source>
        <translation>यह खाता एक्सेस टोकन के साथ WhatsApp Cloud API से जुड़ा नहीं है (सेटिंग्स)</translation>
    </message>
    <message>
        <source>Only a sent message in a direct chat can go through WhatsApp</source>
        <translation>केवल प्रत्यक्ष चैट में भेजा गया संदेश ही WhatsApp से जा सकता है</translation>
    </message>
    <message>
        <source>%1 · not found</source>
        <translation>%1 · नहीं मिला</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>The text is longer than %1 characters.</source>
        <translation>टेक्स्ट %1 अक्षरों से लंबा है।</translation>
    </message>
    <message>
        <source>This is longer than %1 characters.</source>
        <translation>यह %1 अक्षरों से लंबा है।</translation>
    </message>
    <message>
        <source>Enter the account&apos;s phone number.</source>
        <translation>खाते का फ़ोन नंबर डालें।</translation>
    </message>
    <message>
        <source>Enter the phone number of the person the chat is with.</source>
        <translation>जिस व्यक्ति से चैट है उसका फ़ोन नंबर डालें।</translation>
    </message>
    <message>
        <source>Enter the group&apos;s id.</source>
        <translation>समूह की id डालें।</translation>
    </message>
    <message>
        <source>Write a text or attach a file.</source>
        <translation>कोई टेक्स्ट लिखें या फ़ाइल जोड़ें।</translation>
    </message>
    <message>
        <source>120363…@g.us</source>
        <translation>120363…@g.us</translation>
    </message>
    <message>
        <source>The group&apos;s id, like 120363021234567890@g.us</source>
        <translation>समूह की id, जैसे 120363021234567890@g.us</translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation>भेजने वाले का नाम</translation>
    </message>
    <message>
        <source>Sender phone</source>
        <translation>भेजने वाले का फ़ोन</translation>
    </message>
    <message>
        <source>Recipient name</source>
        <translation>पाने वाले का नाम</translation>
    </message>
    <message>
        <source>Recipient phone</source>
        <translation>पाने वाले का फ़ोन</translation>
    </message>
    <message>
        <source>Ph&amp;one:</source>
        <translation>फ़ोन(&amp;O):</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>फ़ोन:</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>हटाएँ(&amp;V)</translation>
    </message>
    <message>
        <source>Send the message without the file</source>
        <translation>संदेश फ़ाइल के बिना भेजें</translation>
    </message>
    <message>
        <source>&amp;Sender:</source>
        <translation>भेजने वाला(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>पाने वाला(&amp;R):</translation>
    </message>
    <message>
        <source>Create &amp;message</source>
        <translation>संदेश बनाएँ(&amp;M)</translation>
    </message>
    <message>
        <source>Send and create &amp;message</source>
        <translation>भेजें और संदेश बनाएँ(&amp;M)</translation>
    </message>
</context>
<context>
    <name>hookline::DashboardPage</name>
    <message>
        <source>Deliveries per minute</source>
        <translation>प्रति मिनट डिलीवरी</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>प्रयास</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>डिलीवर हुए</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>त्रुटि दर</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>विलंबता</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>समय-सीमा</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>पिछले 15 मिनट</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>पिछला घंटा</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>पिछले 24 घंटे</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>पिछले 7 दिन</translation>
    </message>
    <message>
        <source>Attempts per webhook</source>
        <translation>हर वेबहुक के प्रयास</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>वेबहुक</translation>
    </message>
    <message>
        <source>Loading the stored attempts…</source>
        <translation>सहेजे गए प्रयास पढ़े जा रहे हैं…</translation>
    </message>
    <message>
        <source>Could not read the stored attempts: %1</source>
        <translation>सहेजे गए प्रयास पढ़े नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>Deliveries per 30 minutes</source>
        <translation>हर 30 मिनट की डिलीवरी</translation>
    </message>
    <message>
        <source>Deliveries per 6 hours</source>
        <translation>हर 6 घंटे की डिलीवरी</translation>
    </message>
    <message>
        <source>No deliveries in the last 15 minutes yet. They appear here as soon as a message is sent to a webhook.</source>
        <translation>पिछले 15 मिनट में अभी कोई डिलीवरी नहीं। किसी वेबहुक को संदेश भेजते ही वे यहाँ दिखेंगी।</translation>
    </message>
    <message>
        <source>No deliveries in the last 24 hours yet. They appear here as soon as a message is sent to a webhook.</source>
        <translation>पिछले 24 घंटों में अभी कोई डिलीवरी नहीं। किसी वेबहुक को संदेश भेजते ही वे यहाँ दिखेंगी।</translation>
    </message>
    <message>
        <source>No deliveries in the last 7 days yet. They appear here as soon as a message is sent to a webhook.</source>
        <translation>पिछले 7 दिनों में अभी कोई डिलीवरी नहीं। किसी वेबहुक को संदेश भेजते ही वे यहाँ दिखेंगी।</translation>
    </message>
    <message>
        <source>No deliveries in the last hour yet. They appear here as soon as a message is sent to a webhook.</source>
        <translation>पिछले घंटे में अभी कोई डिलीवरी नहीं। किसी वेबहुक को संदेश भेजते ही वे यहाँ दिखेंगी।</translation>
    </message>
    <message>
        <source>%1: %2, %3, error rate %4 %, p50 %5 ms, p99 %6 ms</source>
        <translation>%1: %2, %3, त्रुटि दर %4 %, p50 %5 ms, p99 %6 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n delivered</source>
        <translation>
            <numerusform>%n डिलीवर हुआ</numerusform>
            <numerusform>%n डिलीवर हुए</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n विफल</numerusform>
            <numerusform>%n विफल</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counts only the attempts still stored: each webhook keeps its newest %n attempt(s).</source>
        <translation>
            <numerusform>केवल अभी सहेजे गए प्रयास गिने जाते हैं: हर वेबहुक अपना सबसे नया %n प्रयास रखता है।</numerusform>
            <numerusform>केवल अभी सहेजे गए प्रयास गिने जाते हैं: हर वेबहुक अपने सबसे नए %n प्रयास रखता है।</numerusform>
        </translation>
    </message>
    <message>
        <source>Counts only the attempts still stored: each webhook keeps its newest %1 to %2 attempts.</source>
        <translation>केवल अभी सहेजे गए प्रयास गिने जाते हैं: हर वेबहुक अपने सबसे नए %1 से %2 प्रयास रखता है।</translation>
    </message>
    <message>
        <source>Webhook %1</source>
        <translation>वेबहुक %1</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>Click to list these attempts.</source>
        <translation>ये प्रयास देखने के लिए क्लिक करें।</translation>
    </message>
    <message numerus="yes">
        <source>%1 — error rate %2 % of %n attempt(s)</source>
        <translation>
            <numerusform>%1 — %n प्रयास में त्रुटि दर %2 %</numerusform>
            <numerusform>%1 — %n प्रयासों में त्रुटि दर %2 %</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — p50 %2 ms, p99 %3 ms</source>
        <translation>%1 — p50 %2 ms, p99 %3 ms</translation>
    </message>
</context>
<context>
    <name>hookline::DeliveriesPage</name>
    <message>
        <source>All webhooks</source>
        <translation>सभी वेबहुक</translation>
    </message>
    <message>
        <source>&amp;Webhook:</source>
        <translation>वेबहुक (&amp;W):</translation>
    </message>
    <message>
        <source>All</source>
        <translation>सभी</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>सफल</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>परिणाम (&amp;O):</translation>
    </message>
    <message>
        <source>URL, error, webhook-id, body or chat</source>
        <translation>URL, त्रुटि, webhook-id, बॉडी या चैट</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>खोजें (&amp;S):</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>प्रयास</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>अनुरोध</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>प्रतिक्रिया</translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation>अनुरोध (&amp;Q)</translation>
    </message>
    <message>
        <source>Res&amp;ponse</source>
        <translation>प्रतिक्रिया (&amp;P)</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>cURL के रूप में कॉपी करें (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation>फिर से भेजें (&amp;R)</translation>
    </message>
    <message>
        <source>Queue the same messages once more as a new delivery</source>
        <translation>उन्हीं संदेशों को एक नई डिलीवरी के रूप में फिर से कतार में लगाएँ</translation>
    </message>
    <message>
        <source>Could not load the attempts: %1</source>
        <translation>प्रयास लोड नहीं हो सके: %1</translation>
    </message>
    <message>
        <source>Could not load the webhooks: %1</source>
        <translation>वेबहुक लोड नहीं हो सके: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attempt(s)</source>
        <translation>
            <numerusform>%Ln प्रयास</numerusform>
            <numerusform>%Ln प्रयास</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the attempt: %1</source>
        <translation>प्रयास लोड नहीं हो सका: %1</translation>
    </message>
    <message>
        <source>This attempt is no longer in the log: each webhook keeps only its most recent attempts.</source>
        <translation>यह प्रयास अब लॉग में नहीं है: हर वेबहुक केवल अपने सबसे हालिया प्रयास रखता है।</translation>
    </message>
    <message>
        <source>Copied the request as a cURL command.</source>
        <translation>अनुरोध cURL कमांड के रूप में कॉपी हो गया।</translation>
    </message>
    <message>
        <source>Resending…</source>
        <translation>फिर से भेजा जा रहा है…</translation>
    </message>
    <message>
        <source>Could not resend: %1</source>
        <translation>फिर से नहीं भेजा जा सका: %1</translation>
    </message>
    <message>
        <source>Delivery %1 no longer exists.</source>
        <translation>डिलीवरी %1 अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>No HTTP response</source>
        <translation>कोई HTTP प्रतिक्रिया नहीं</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>त्रुटि: %1</translation>
    </message>
    <message>
        <source>Duration: %1 ms</source>
        <translation>अवधि: %1 ms</translation>
    </message>
    <message>
        <source>(truncated: only the first %1 KiB were kept)</source>
        <translation>(काटा गया: केवल पहले %1 KiB रखे गए)</translation>
    </message>
    <message>
        <source>Copy as cURL and the webhook&apos;s Download detailed log have everything.</source>
        <translation>पूरा पाठ &quot;cURL के रूप में कॉपी करें&quot; और वेबहुक के &quot;विस्तृत लॉग डाउनलोड करें&quot; में मिलता है।</translation>
    </message>
    <message>
        <source>The webhook&apos;s Download detailed log has everything.</source>
        <translation>पूरा पाठ वेबहुक के &quot;विस्तृत लॉग डाउनलोड करें&quot; में मिलता है।</translation>
    </message>
    <message>
        <source>S&amp;how them</source>
        <translation>दिखाएँ (&amp;H)</translation>
    </message>
    <message numerus="yes">
        <source>%n new attempt(s) above the list.</source>
        <translation>
            <numerusform>सूची के ऊपर %n नया प्रयास।</numerusform>
            <numerusform>सूची के ऊपर %n नए प्रयास।</numerusform>
        </translation>
    </message>
    <message>
        <source>The attempt you were reading was deleted: each webhook keeps only its newest attempts.</source>
        <translation>आप जो प्रयास देख रहे थे वह हटा दिया गया: हर वेबहुक केवल अपने सबसे नए प्रयास रखता है।</translation>
    </message>
    <message numerus="yes">
        <source>“%1” keeps its newest %n attempt(s); older ones are deleted. Change the number in its settings on the Webhooks page.</source>
        <translation>
            <numerusform>“%1” अपना सबसे नया %n प्रयास रखता है; पुराने हटा दिए जाते हैं। यह संख्या वेबहुक पेज पर उसकी सेटिंग्स में बदलें।</numerusform>
            <numerusform>“%1” अपने सबसे नए %n प्रयास रखता है; पुराने हटा दिए जाते हैं। यह संख्या वेबहुक पेज पर उसकी सेटिंग्स में बदलें।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each webhook keeps its newest %n attempt(s); older ones are deleted. Change the number on the Webhooks page.</source>
        <translation>
            <numerusform>हर वेबहुक अपना सबसे नया %n प्रयास रखता है; पुराने हटा दिए जाते हैं। यह संख्या वेबहुक पेज पर बदलें।</numerusform>
            <numerusform>हर वेबहुक अपने सबसे नए %n प्रयास रखता है; पुराने हटा दिए जाते हैं। यह संख्या वेबहुक पेज पर बदलें।</numerusform>
        </translation>
    </message>
    <message>
        <source>Each webhook keeps only its newest attempts (%1 to %2); older ones are deleted. Change the number on the Webhooks page.</source>
        <translation>हर वेबहुक केवल अपने सबसे नए प्रयास रखता है (%1 से %2); पुराने हटा दिए जाते हैं। यह संख्या वेबहुक पेज पर बदलें।</translation>
    </message>
    <message>
        <source>This is the first attempt of the resent delivery.</source>
        <translation>यह फिर से भेजी गई डिलीवरी का पहला प्रयास है।</translation>
    </message>
    <message>
        <source>Queued again as delivery %1; its first attempt is selected here when it is made.</source>
        <translation>डिलीवरी %1 के रूप में फिर से कतार में; उसका पहला प्रयास होते ही यहाँ चुना जाएगा।</translation>
    </message>
    <message>
        <source>Nothing sent yet.

Every request a webhook makes shows here with its response. Add a webhook on the Webhooks page, then send a message: Chats → Compose, import a WhatsApp chat, or POST to %1/messages.</source>
        <translation>अभी कुछ नहीं भेजा गया।

वेबहुक का हर अनुरोध अपने जवाब के साथ यहाँ दिखता है। वेबहुक पेज पर एक वेबहुक जोड़ें, फिर एक संदेश भेजें: चैट → लिखें, WhatsApp चैट आयात करें, या %1/messages पर POST करें।</translation>
    </message>
    <message>
        <source>No attempt matches the filter and search.</source>
        <translation>कोई प्रयास फ़िल्टर और खोज से मेल नहीं खाता।</translation>
    </message>
    <message>
        <source>Select an attempt to see its request and response.</source>
        <translation>अनुरोध और जवाब देखने के लिए कोई प्रयास चुनें।</translation>
    </message>
    <message>
        <source>Show &amp;all times</source>
        <translation>सारा समय दिखाएँ(&amp;A)</translation>
    </message>
    <message>
        <source>Only attempts started from %1 to %2.</source>
        <translation>केवल %1 से %2 तक शुरू हुए प्रयास।</translation>
    </message>
    <message>
        <source>%1 at %2: &lt;span style=&apos;color:%3&apos;&gt;%4&lt;/span&gt;</source>
        <translation>%1, %2 पर: &lt;span style=&apos;color:%3&apos;&gt;%4&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Delivery #%1, attempts: %2</source>
        <translation>डिलीवरी #%1, प्रयास: %2</translation>
    </message>
    <message>
        <source>next attempt at %1</source>
        <translation>अगला प्रयास %1 पर</translation>
    </message>
    <message>
        <source>trying again now</source>
        <translation>अभी फिर कोशिश हो रही है</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>डिलीवर हुआ</translation>
    </message>
    <message>
        <source>new connection at %1 ms</source>
        <translation>%1 ms पर नया कनेक्शन</translation>
    </message>
    <message>
        <source>reused connection</source>
        <translation>पुराना कनेक्शन दोबारा इस्तेमाल</translation>
    </message>
    <message>
        <source>TLS done at %1 ms</source>
        <translation>%1 ms पर TLS पूरा</translation>
    </message>
    <message>
        <source>request sent at %1 ms</source>
        <translation>%1 ms पर अनुरोध भेजा</translation>
    </message>
    <message>
        <source>first byte at %1 ms</source>
        <translation>%1 ms पर पहला बाइट</translation>
    </message>
    <message>
        <source>Timing: %1</source>
        <translation>समय: %1</translation>
    </message>
    <message>
        <source>Only the deliveries of %1.</source>
        <translation>केवल %1 की डिलीवरी।</translation>
    </message>
    <message>
        <source>Show &amp;all messages</source>
        <translation>सभी संदेश दिखाएँ(&amp;A)</translation>
    </message>
    <message>
        <source>More ways to copy</source>
        <translation>कॉपी करने के और तरीके</translation>
    </message>
    <message>
        <source>Copy as cURL with &amp;credentials</source>
        <translation>क्रेडेंशियल सहित cURL के रूप में कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>Could not read the webhook: %1</source>
        <translation>वेबहुक पढ़ा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>The webhook was deleted, and its credentials with it.</source>
        <translation>वेबहुक हटा दिया गया, और उसके क्रेडेंशियल भी।</translation>
    </message>
    <message>
        <source>Copied with the webhook&apos;s credentials as they are now: keep it private.</source>
        <translation>वेबहुक के मौजूदा क्रेडेंशियल सहित कॉपी किया गया: इसे निजी रखें।</translation>
    </message>
</context>
<context>
    <name>hookline::HttpText</name>
    <message>
        <source>… %1 more bytes not shown.</source>
        <translation>… %1 और बाइट नहीं दिखाए गए।</translation>
    </message>
</context>
<context>
    <name>hookline::ImportDialog</name>
    <message>
        <source>Format: %1</source>
        <translation>प्रारूप: %1</translation>
    </message>
    <message>
        <source>Lines read: %1</source>
        <translation>पढ़ी गई पंक्तियाँ: %1</translation>
    </message>
    <message>
        <source>Messages stored: %1</source>
        <translation>सहेजे गए संदेश: %1</translation>
    </message>
    <message>
        <source>Already stored by an earlier import: %1</source>
        <translation>पिछले आयात में पहले से सहेजे गए: %1</translation>
    </message>
    <message>
        <source>Attachments stored: %1</source>
        <translation>सहेजे गए अनुलग्नक: %1</translation>
    </message>
    <message>
        <source>System lines skipped: %1</source>
        <translation>छोड़ी गई सिस्टम पंक्तियाँ: %1</translation>
    </message>
    <message>
        <source>Lines not understood: %1 (first: %2)</source>
        <translation>न समझी गई पंक्तियाँ: %1 (पहली: %2)</translation>
    </message>
    <message>
        <source>Lines not understood: 0</source>
        <translation>न समझी गई पंक्तियाँ: 0</translation>
    </message>
    <message>
        <source>Files in the zip left out:</source>
        <translation>zip की छोड़ी गई फ़ाइलें:</translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more.</source>
        <translation>
            <numerusform>  … और %n अन्य।</numerusform>
            <numerusform>  … और %n अन्य।</numerusform>
        </translation>
    </message>
    <message>
        <source>The new messages were handed to the webhooks.</source>
        <translation>नए संदेश वेबहुक को सौंप दिए गए।</translation>
    </message>
    <message>
        <source>Import a chat export</source>
        <translation>चैट एक्सपोर्ट आयात करें</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s “Export chat” file (.txt or .zip)</source>
        <translation>WhatsApp की “Export chat” फ़ाइल (.txt या .zip)</translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation>चुनें (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>फ़ाइल (&amp;F):</translation>
    </message>
    <message>
        <source>+14155550100</source>
        <translation>+14155550100</translation>
    </message>
    <message>
        <source>The WhatsApp number the chat was exported from</source>
        <translation>वह WhatsApp नंबर जिससे चैट एक्सपोर्ट की गई थी</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>खाता (&amp;A):</translation>
    </message>
    <message>
        <source>Your lines become sent messages; the others&apos; become received ones</source>
        <translation>आपकी पंक्तियाँ भेजे गए संदेश बनती हैं; दूसरों की पंक्तियाँ प्राप्त संदेश</translation>
    </message>
    <message>
        <source>&amp;Your name in the export:</source>
        <translation>एक्सपोर्ट में आपका नाम (&amp;Y):</translation>
    </message>
    <message>
        <source>+919800000001</source>
        <translation>+919800000001</translation>
    </message>
    <message>
        <source>Direct chats: the export names the other person, not the number</source>
        <translation>प्रत्यक्ष चैट: एक्सपोर्ट में दूसरे व्यक्ति का नाम होता है, नंबर नहीं</translation>
    </message>
    <message>
        <source>&amp;Other person&apos;s phone:</source>
        <translation>दूसरे व्यक्ति का फ़ोन (&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Group chat</source>
        <translation>समूह चैट (&amp;G)</translation>
    </message>
    <message>
        <source>The phone&apos;s time zone: the export gives only its wall-clock time</source>
        <translation>फ़ोन का समय क्षेत्र: एक्सपोर्ट में केवल फ़ोन की घड़ी का समय होता है</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>समय क्षेत्र (&amp;T):</translation>
    </message>
    <message>
        <source>Send imported messages to the &amp;webhooks</source>
        <translation>आयात किए गए संदेश वेबहुक को भेजें (&amp;W)</translation>
    </message>
    <message>
        <source>Off by default: old history usually must not reach a CRM or a bot again as if it were new.</source>
        <translation>डिफ़ॉल्ट रूप से बंद: पुराना इतिहास आम तौर पर CRM या बॉट तक नए संदेशों की तरह दोबारा नहीं पहुँचना चाहिए।</translation>
    </message>
    <message>
        <source>The import&apos;s report appears here.</source>
        <translation>आयात की रिपोर्ट यहाँ दिखेगी।</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>रिपोर्ट (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>आयात करें (&amp;I)</translation>
    </message>
    <message>
        <source>The accounts could not be loaded: %1</source>
        <translation>खाते लोड नहीं हो सके: %1</translation>
    </message>
    <message>
        <source>Choose a chat export</source>
        <translation>चैट एक्सपोर्ट चुनें</translation>
    </message>
    <message>
        <source>WhatsApp chat exports (*.txt *.zip);;All files (*)</source>
        <translation>WhatsApp चैट एक्सपोर्ट (*.txt *.zip);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>फ़ाइल पढ़ी जा रही है…</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>“%1” फ़ाइल नहीं है।</translation>
    </message>
    <message>
        <source>The file is %1; it is not previewed, but it can be imported.</source>
        <translation>फ़ाइल का आकार %1 है; इसका पूर्वावलोकन नहीं दिखाया जाता, पर इसे आयात किया जा सकता है।</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n line(s)</source>
        <translation>
            <numerusform>%1 · %n पंक्ति</numerusform>
            <numerusform>%1 · %n पंक्तियाँ</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>फ़ाइल पढ़ी नहीं जा सकती: %1</translation>
    </message>
    <message>
        <source>Choose the exported chat file.</source>
        <translation>एक्सपोर्ट की गई चैट फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>Give the phone number of the account the chat belongs to.</source>
        <translation>उस खाते का फ़ोन नंबर दें जिसकी यह चैट है।</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>आयात हो रहा है…</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>कुछ भी आयात नहीं हुआ: %1</translation>
    </message>
    <message>
        <source>Media not in the export (stored as their placeholder): %1</source>
        <translation>एक्सपोर्ट में न शामिल मीडिया (उनके प्लेसहोल्डर के रूप में सहेजे गए): %1</translation>
    </message>
    <message>
        <source>Messages skipped: %1</source>
        <translation>छोड़े गए संदेश: %1</translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  पंक्ति %1: %2</translation>
    </message>
    <message>
        <source>.txt or .zip from “Export chat”</source>
        <translation>“चैट एक्सपोर्ट” से .txt या .zip</translation>
    </message>
    <message>
        <source>Empty: all lines received</source>
        <translation>खाली: सभी पंक्तियाँ प्राप्त</translation>
    </message>
</context>
<context>
    <name>hookline::InspectorPage</name>
    <message>
        <source>Receiving URLs</source>
        <translation>प्राप्त करने वाले URL</translation>
    </message>
    <message>
        <source>name, e.g. crm-test</source>
        <translation>नाम, जैसे crm-test</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>Copy the receiving URL</source>
        <translation>प्राप्त करने वाला URL कॉपी करें</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>C&amp;lear requests</source>
        <translation>अनुरोध साफ़ करें (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Answer with &amp;status:</source>
        <translation>इस स्थिति कोड से जवाब दें (&amp;S):</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>प्राप्त</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>मेथड</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>जवाब</translation>
    </message>
    <message>
        <source>Use 1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos; (the name becomes part of the URL).</source>
        <translation>1 से 64 तक अक्षर, अंक, &apos;-&apos; या &apos;_&apos; का उपयोग करें (नाम URL का हिस्सा बनता है)।</translation>
    </message>
    <message>
        <source>The webhook could not be created: %1</source>
        <translation>वेबहुक नहीं बनाया जा सका: %1</translation>
    </message>
    <message>
        <source> (cut)</source>
        <translation> (काटा गया)</translation>
    </message>
    <message>
        <source>(only the first %1 are kept)</source>
        <translation>(केवल पहले %1 रखे जाते हैं)</translation>
    </message>
    <message>
        <source>Create a &amp;webhook to this URL</source>
        <translation>इस URL के लिए वेबहुक बनाएँ (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Receiving URLs</source>
        <translation>प्राप्त करने वाले URL (&amp;R)</translation>
    </message>
    <message>
        <source>Webhook “%1” now posts every message to %2.</source>
        <translation>वेबहुक “%1” अब हर संदेश %2 पर भेजता है।</translation>
    </message>
    <message>
        <source>Dele&amp;te URL</source>
        <translation>URL हटाएँ(&amp;T)</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>cURL के रूप में कॉपी करें (&amp;U)</translation>
    </message>
    <message>
        <source>Copy &amp;body</source>
        <translation>बॉडी कॉपी करें(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Replay to…</source>
        <translation>दोबारा भेजें…(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>जोड़ें(&amp;A)</translation>
    </message>
    <message>
        <source>Add a receiving URL</source>
        <translation>प्राप्ति URL जोड़ें</translation>
    </message>
    <message>
        <source>Name of a new receiving URL</source>
        <translation>नए प्राप्ति URL का नाम</translation>
    </message>
    <message>
        <source>after a &amp;delay of</source>
        <translation>इतनी देरी के बाद(&amp;D)</translation>
    </message>
    <message>
        <source>Any path under the URL is accepted too. Answer with 500 to watch retries; a webhook is disabled after more than 10 failures in a row. A delay past the webhook&apos;s timeout counts as a timeout.</source>
        <translation>URL के नीचे का कोई भी पाथ भी लिया जाता है। दोबारा प्रयास देखने के लिए 500 से जवाब दें; लगातार 10 से अधिक विफलताओं के बाद वेबहुक बंद हो जाता है। वेबहुक की समय-सीमा से लंबी देरी टाइमआउट मानी जाती है।</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>पाथ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>मान</translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation>%1 कॉपी किया।</translation>
    </message>
    <message>
        <source>Copied the body.</source>
        <translation>बॉडी कॉपी की।</translation>
    </message>
    <message>
        <source>Deleted %1 and its requests. A request to it makes it again.</source>
        <translation>%1 और उसके अनुरोध हटाए गए। उस पर कोई अनुरोध आने से यह फिर बन जाएगा।</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) kept</source>
        <translation>
            <numerusform>%n अनुरोध रखा गया</numerusform>
            <numerusform>%n अनुरोध रखे गए</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a receiving URL on the left: webhooks pointed at it show here, request by request.</source>
        <translation>बाईं ओर एक प्राप्ति URL जोड़ें: उस पर भेजने वाले वेबहुक यहाँ हर अनुरोध के साथ दिखेंगे।</translation>
    </message>
    <message>
        <source>Waiting for the first request to %1.

Point a webhook at it, or send one yourself:

curl -X POST &apos;%1&apos; -H &apos;Content-Type: application/json&apos; -d &apos;{&quot;hello&quot;: &quot;world&quot;}&apos;</source>
        <translation>%1 पर पहले अनुरोध की प्रतीक्षा है।

कोई वेबहुक इस पर लगाएँ, या ख़ुद एक भेजें:

curl -X POST &apos;%1&apos; -H &apos;Content-Type: application/json&apos; -d &apos;{&quot;hello&quot;: &quot;world&quot;}&apos;</translation>
    </message>
    <message>
        <source>after %1 ms</source>
        <translation>%1 ms बाद</translation>
    </message>
    <message>
        <source>Select a request to see its headers and body.</source>
        <translation>हेडर और बॉडी देखने के लिए कोई अनुरोध चुनें।</translation>
    </message>
    <message>
        <source>%1 %2 from %3 at %4; answered %5 after %6 ms; %7</source>
        <translation>%1 %2, %3 से, %4 पर; %6 ms बाद %5 से जवाब दिया; %7</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>क्वेरी</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>हेडर</translation>
    </message>
    <message>
        <source>(no body)</source>
        <translation>(कोई बॉडी नहीं)</translation>
    </message>
    <message>
        <source>Not signed (no webhook-signature header).</source>
        <translation>हस्ताक्षरित नहीं (webhook-signature हेडर नहीं है)।</translation>
    </message>
    <message>
        <source>Signed, but only part of the body was kept, so the signature cannot be checked.</source>
        <translation>हस्ताक्षरित है, पर बॉडी का केवल एक भाग रखा गया, इसलिए हस्ताक्षर जाँचा नहीं जा सकता।</translation>
    </message>
    <message>
        <source>Signature not valid: the webhook-id or webhook-timestamp header is missing.</source>
        <translation>हस्ताक्षर मान्य नहीं: webhook-id या webhook-timestamp हेडर नहीं है।</translation>
    </message>
    <message>
        <source>✓ Signature valid: signed with the secret of the webhook “%1”.</source>
        <translation>✓ हस्ताक्षर मान्य: वेबहुक “%1” के सीक्रेट से हस्ताक्षरित।</translation>
    </message>
    <message>
        <source>✗ Signed, but no webhook here has a signing secret to check it with.</source>
        <translation>✗ हस्ताक्षरित है, पर यहाँ किसी वेबहुक के पास जाँचने के लिए साइनिंग सीक्रेट नहीं है।</translation>
    </message>
    <message>
        <source>✗ Signature not valid for any webhook&apos;s secret: the body was changed, or another sender or an older secret signed it.</source>
        <translation>✗ हस्ताक्षर किसी वेबहुक के सीक्रेट से मान्य नहीं: बॉडी बदली गई, या किसी और भेजने वाले या पुराने सीक्रेट ने हस्ताक्षर किया।</translation>
    </message>
    <message>
        <source>Copied the request as a cURL command.</source>
        <translation>अनुरोध cURL कमांड के रूप में कॉपी हो गया।</translation>
    </message>
    <message>
        <source>Replay the request</source>
        <translation>अनुरोध दोबारा भेजें</translation>
    </message>
    <message>
        <source>Send this request again, with its method, headers and body, to:</source>
        <translation>यह अनुरोध उसके मेथड, हेडर और बॉडी के साथ दोबारा यहाँ भेजें:</translation>
    </message>
    <message>
        <source>Give a full http:// or https:// address to replay to.</source>
        <translation>दोबारा भेजने के लिए पूरा http:// या https:// पता दें।</translation>
    </message>
    <message>
        <source>Replaying to %1…</source>
        <translation>%1 पर दोबारा भेजा जा रहा है…</translation>
    </message>
    <message>
        <source>Replay to %1 failed: %2</source>
        <translation>%1 पर दोबारा भेजना विफल: %2</translation>
    </message>
    <message>
        <source>Replayed to %1: HTTP %2 in %3 ms.</source>
        <translation>%1 पर दोबारा भेजा: %3 ms में HTTP %2।</translation>
    </message>
    <message>
        <source>Empty: answer {&quot;status&quot;: …} as JSON. Anything else is sent as it is, with the content type below.</source>
        <translation>खाली: JSON में {&quot;status&quot;: …} से जवाब दें। कुछ और लिखा हो तो वह जैसा है वैसा, नीचे दिए कंटेंट टाइप के साथ भेजा जाता है।</translation>
    </message>
    <message>
        <source>Response b&amp;ody:</source>
        <translation>जवाब की बॉडी(&amp;O):</translation>
    </message>
    <message>
        <source>Content t&amp;ype:</source>
        <translation>कंटेंट टाइप(&amp;Y):</translation>
    </message>
    <message>
        <source>Answer with a status from 200 to 599.</source>
        <translation>200 से 599 तक के स्थिति कोड से जवाब दें।</translation>
    </message>
    <message>
        <source>Answer after a delay of at most %1 ms.</source>
        <translation>अधिकतम %1 ms की देरी के बाद जवाब दें।</translation>
    </message>
    <message>
        <source>The response body is %1; it may be at most %2. Nothing was changed.</source>
        <translation>जवाब की बॉडी %1 की है; यह अधिकतम %2 की हो सकती है। कुछ नहीं बदला गया।</translation>
    </message>
    <message>
        <source>Give the response body a content type, such as application/json. Nothing was changed.</source>
        <translation>जवाब की बॉडी के लिए कंटेंट टाइप दें, जैसे application/json। कुछ नहीं बदला गया।</translation>
    </message>
    <message>
        <source>The content type may be at most %1 characters long. Nothing was changed.</source>
        <translation>कंटेंट टाइप अधिकतम %1 अक्षरों का हो सकता है। कुछ नहीं बदला गया।</translation>
    </message>
    <message>
        <source>The content type may hold only printable ASCII characters: no line breaks, tabs or letters outside English. Nothing was changed.</source>
        <translation>कंटेंट टाइप में केवल छपने योग्य ASCII अक्षर हो सकते हैं: कोई लाइन ब्रेक, टैब या अंग्रेज़ी के बाहर के अक्षर नहीं। कुछ नहीं बदला गया।</translation>
    </message>
    <message>
        <source>The content type must be a type and a subtype, such as text/plain or application/json; charset=utf-8. Nothing was changed.</source>
        <translation>कंटेंट टाइप में टाइप और सबटाइप होने चाहिए, जैसे text/plain या application/json; charset=utf-8। कुछ नहीं बदला गया।</translation>
    </message>
    <message>
        <source>The Inspector refused this answer. Nothing was changed.</source>
        <translation>इंस्पेक्टर ने यह जवाब स्वीकार नहीं किया। कुछ नहीं बदला गया।</translation>
    </message>
    <message>
        <source>Custom r&amp;esponse</source>
        <translation>अपना जवाब(&amp;E)</translation>
    </message>
</context>
<context>
    <name>hookline::MainWindow</name>
    <message>
        <source>Hookline</source>
        <translation>Hookline</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>वेबहुक</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>डिलीवरी</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>चैट</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>इंस्पेक्टर</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>डैशबोर्ड</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>पेज</translation>
    </message>
    <message>
        <source>&lt;b&gt;New here?&lt;/b&gt; Create a demo: a webhook pointed at the built-in Inspector and a sample message, delivered in seconds.</source>
        <translation>&lt;b&gt;पहली बार आए हैं?&lt;/b&gt; एक डेमो बनाएँ: बिल्ट-इन इंस्पेक्टर की ओर भेजने वाला एक वेबहुक और एक नमूना संदेश, जो कुछ ही सेकंड में डिलीवर हो जाता है।</translation>
    </message>
    <message>
        <source>Workspace: %1 · local server %2</source>
        <translation>वर्कस्पेस: %1 · स्थानीय सर्वर %2</translation>
    </message>
    <message>
        <source>Show Hookline</source>
        <translation>Hookline दिखाएँ</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>बाहर निकलें</translation>
    </message>
    <message>
        <source>It failed more than 10 times in a row. The owner was not e-mailed: %1.</source>
        <translation>यह लगातार 10 से अधिक बार विफल हुआ। स्वामी को ईमेल नहीं भेजा जा सका: %1।</translation>
    </message>
    <message>
        <source>Hello from Hookline! This sample message was delivered to the Inspector by your demo webhook.</source>
        <translation>Hookline की ओर से नमस्ते! यह नमूना संदेश आपके डेमो वेबहुक ने इंस्पेक्टर तक पहुँचाया है।</translation>
    </message>
    <message>
        <source>The demo could not be created</source>
        <translation>डेमो नहीं बनाया जा सका</translation>
    </message>
    <message>
        <source>Hookline — %1 delivered, %2 failed since start</source>
        <translation>Hookline — शुरू होने से अब तक %1 डिलीवर हुए, %2 विफल</translation>
    </message>
    <message>
        <source>Create &amp;demo</source>
        <translation>डेमो बनाएँ (&amp;D)</translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation>ख़ारिज करें (&amp;I)</translation>
    </message>
    <message>
        <source>The webhook “%1” was switched off</source>
        <translation>वेबहुक “%1” बंद कर दिया गया</translation>
    </message>
    <message>
        <source>A webhook was switched off</source>
        <translation>एक वेबहुक बंद कर दिया गया</translation>
    </message>
    <message>
        <source>Demo (Inspector)</source>
        <translation>डेमो (इंस्पेक्टर)</translation>
    </message>
    <message>
        <source>Demo account</source>
        <translation>डेमो खाता</translation>
    </message>
    <message>
        <source>Asha Demo</source>
        <translation>आशा डेमो</translation>
    </message>
    <message numerus="yes">
        <source>%n off</source>
        <comment>webhooks switched off after errors</comment>
        <translation>
            <numerusform>%n बंद</numerusform>
            <numerusform>%n बंद</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) switched off after errors</source>
        <translation>
            <numerusform>त्रुटियों के बाद %n वेबहुक बंद</numerusform>
            <numerusform>त्रुटियों के बाद %n वेबहुक बंद</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing</source>
        <comment>webhooks failing but retrying</comment>
        <translation>
            <numerusform>%n विफल</numerusform>
            <numerusform>%n विफल</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) failing</source>
        <translation>
            <numerusform>%n वेबहुक विफल हो रहा है</numerusform>
            <numerusform>%n वेबहुक विफल हो रहे हैं</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo created: the webhook “%1” posts every message to this URL, and a sample message was sent. Below is the request your CRM would receive. Next: add your CRM&apos;s URL on the Webhooks page, or send a message from Chats → Compose.</source>
        <translation>डेमो बन गया: वेबहुक “%1” हर संदेश इस URL पर भेजता है, और एक नमूना संदेश भेजा गया। नीचे वह अनुरोध है जो आपके CRM को मिलेगा। आगे: वेबहुक पेज पर अपने CRM का URL जोड़ें, या चैट → लिखें से एक संदेश भेजें।</translation>
    </message>
</context>
<context>
    <name>hookline::ReplayDialog</name>
    <message>
        <source>&amp;From:</source>
        <translation>से (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To (not included):</source>
        <translation>तक, शामिल नहीं (&amp;T):</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>पिछला घंटा</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>पिछले 24 घंटे</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>पिछले 7 दिन</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>फ़िल्टर…</translation>
    </message>
    <message>
        <source>&amp;Messages:</source>
        <translation>संदेश (&amp;M):</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>फिर से भेजें</translation>
    </message>
    <message>
        <source>%1 (the webhook&apos;s filter)</source>
        <translation>%1 (वेबहुक का फ़िल्टर)</translation>
    </message>
    <message>
        <source>Queuing the replay…</source>
        <translation>रीप्ले कतार में लगाया जा रहा है…</translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation>स्टोर पढ़ा नहीं जा सका: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n अनुरोध</numerusform>
            <numerusform>%n अनुरोधों</numerusform>
        </translation>
    </message>
    <message>
        <source>No message of this range would be sent.</source>
        <translation>इस अवधि का कोई संदेश नहीं भेजा जाएगा।</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) would be sent in %1, from %2 to %3.</source>
        <translation>
            <numerusform>%n संदेश %1 में भेजा जाएगा, %2 से %3 तक का।</numerusform>
            <numerusform>%n संदेश %1 में भेजे जाएँगे, %2 से %3 तक के।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replay %n message(s)</source>
        <translation>
            <numerusform>%n संदेश फिर से भेजें</numerusform>
            <numerusform>%n संदेश फिर से भेजें</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) would be sent in %1, all from %2.</source>
        <translation>
            <numerusform>%n संदेश %1 में भेजा जाएगा, %2 का।</numerusform>
            <numerusform>%n संदेश %1 में भेजे जाएँगे, सभी %2 के।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued: %n message(s) in %1. They go out as the webhook sends; Deliveries shows each one.</source>
        <translation>
            <numerusform>कतार में: %1 में %n संदेश। यह वेबहुक के भेजने के तरीके से जाएगा; डिलीवरी पेज इसे दिखाता है।</numerusform>
            <numerusform>कतार में: %1 में %n संदेश। वे वेबहुक के भेजने के तरीके से जाएँगे; डिलीवरी पेज हर एक दिखाता है।</numerusform>
        </translation>
    </message>
    <message>
        <source>Replay messages of %1</source>
        <translation>%1 के संदेशों का रीप्ले</translation>
    </message>
    <message>
        <source>Sends the messages of a time range once more, as new deliveries under new webhook-ids, marked with the header webhook-replay: true. Use it when a receiver lost what it was sent, or to try another receiver with real messages.</source>
        <translation>किसी अवधि के संदेश एक बार फिर भेजता है, नए webhook-id के साथ नई डिलीवरी के रूप में, हेडर webhook-replay: true से चिह्नित। इसे तब इस्तेमाल करें जब प्राप्तकर्ता ने भेजा गया खो दिया हो, या असली संदेशों से किसी दूसरे प्राप्तकर्ता को आज़माने के लिए।</translation>
    </message>
    <message>
        <source>This webhook</source>
        <translation>यही वेबहुक</translation>
    </message>
    <message>
        <source>Another URL</source>
        <translation>दूसरा URL</translation>
    </message>
    <message>
        <source>An Inspector name</source>
        <translation>इंस्पेक्टर का एक नाम</translation>
    </message>
    <message>
        <source>https://staging.example.com/hooks/whatsapp</source>
        <translation>https://staging.example.com/hooks/whatsapp</translation>
    </message>
    <message>
        <source>Send t&amp;o:</source>
        <translation>किसे भेजें (&amp;O):</translation>
    </message>
    <message>
        <source>Sent as this webhook sends them (format, signature, retries), without its request headers, which may hold its receiver&apos;s credentials. Hookline adds a webhook that gets only replays for this address; the Webhooks list shows it.</source>
        <translation>वैसे ही भेजे जाते हैं जैसे यह वेबहुक भेजता है (फ़ॉर्मैट, हस्ताक्षर, पुनःप्रयास), पर इसके अनुरोध हेडर के बिना, जिनमें इसके प्राप्तकर्ता की क्रेडेंशियल हो सकती हैं। Hookline इस पते के लिए एक वेबहुक जोड़ता है जिसे केवल रीप्ले मिलते हैं; वेबहुक सूची उसे दिखाती है।</translation>
    </message>
    <message>
        <source>Enter the URL to send the replay to.</source>
        <translation>वह URL दर्ज करें जिस पर रीप्ले भेजना है।</translation>
    </message>
    <message>
        <source>An Inspector name is 1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>इंस्पेक्टर का नाम 1 से 64 अक्षर, अंक, &apos;-&apos; या &apos;_&apos; होता है।</translation>
    </message>
    <message numerus="yes">
        <source>Queued: %n message(s) in %1, sent by “%2”, a webhook that gets only replays. Deliveries shows each one.</source>
        <translation>
            <numerusform>कतार में: %1 में %n संदेश, “%2” से भेजा जाएगा, एक वेबहुक जिसे केवल रीप्ले मिलते हैं। डिलीवरी पेज इसे दिखाता है।</numerusform>
            <numerusform>कतार में: %1 में %n संदेश, “%2” से भेजे जाएँगे, एक वेबहुक जिसे केवल रीप्ले मिलते हैं। डिलीवरी पेज हर एक दिखाता है।</numerusform>
        </translation>
    </message>
    <message>
        <source>The webhook that sends replays to this address is paused or was switched off after errors: switch it on in the Webhooks list first.</source>
        <translation>इस पते पर रीप्ले भेजने वाला वेबहुक रुका हुआ है या त्रुटियों के बाद बंद हो गया था: पहले उसे वेबहुक सूची में चालू करें।</translation>
    </message>
</context>
<context>
    <name>hookline::ServerAccessGroup</name>
    <message>
        <source>Local server</source>
        <translation>स्थानीय सर्वर</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>नहीं चल रहा</translation>
    </message>
    <message>
        <source>&amp;Listens on:</source>
        <translation>सुनने का पता (&amp;L):</translation>
    </message>
    <message>
        <source>To change it, start Hookline with --listen HOST:PORT.</source>
        <translation>इसे बदलने के लिए Hookline को --listen HOST:PORT के साथ शुरू करें।</translation>
    </message>
    <message>
        <source>Warning: %1 is not a loopback address, so other machines can reach the local server. Anyone who has the API token can use the API from there. Start with --listen 127.0.0.1:PORT to keep it on this machine.</source>
        <translation>चेतावनी: %1 लूपबैक पता नहीं है, इसलिए दूसरी मशीनें भी स्थानीय सर्वर तक पहुँच सकती हैं। जिसके पास API टोकन है, वह वहाँ से API का उपयोग कर सकता है। इसे केवल इसी मशीन तक सीमित रखने के लिए --listen 127.0.0.1:PORT के साथ शुरू करें।</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>दिखाएँ (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>Re&amp;generate…</source>
        <translation>फिर से बनाएँ (&amp;G)…</translation>
    </message>
    <message>
        <source>API to&amp;ken:</source>
        <translation>API टोकन (&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>छिपाएँ (&amp;H)</translation>
    </message>
    <message>
        <source>The API token is on the clipboard.</source>
        <translation>API टोकन क्लिपबोर्ड पर कॉपी हो गया है।</translation>
    </message>
    <message>
        <source>Regenerate the API token?</source>
        <translation>API टोकन फिर से बनाएँ?</translation>
    </message>
    <message>
        <source>Scripts and tools that use the current token stop working at once and need the new one. Regenerate?</source>
        <translation>मौजूदा टोकन का उपयोग करने वाली स्क्रिप्ट और टूल तुरंत काम करना बंद कर देंगे और उन्हें नया टोकन देना होगा। फिर से बनाएँ?</translation>
    </message>
    <message>
        <source>The token was not changed: %1</source>
        <translation>टोकन नहीं बदला गया: %1</translation>
    </message>
    <message>
        <source>A new token is in use; the old one no longer works.</source>
        <translation>अब नया टोकन उपयोग में है; पुराना टोकन अब काम नहीं करता।</translation>
    </message>
</context>
<context>
    <name>hookline::SettingsPage</name>
    <message>
        <source>Store</source>
        <translation>स्टोर</translation>
    </message>
    <message>
        <source>Teammates</source>
        <translation>टीम साथी</translation>
    </message>
    <message>
        <source>WhatsApp accounts</source>
        <translation>WhatsApp खाते</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>सेटिंग्स के भाग</translation>
    </message>
    <message>
        <source>Workspace and e-mail</source>
        <translation>वर्कस्पेस और ई-मेल</translation>
    </message>
    <message>
        <source>Server and API token</source>
        <translation>सर्वर और API टोकन</translation>
    </message>
</context>
<context>
    <name>hookline::StoreGroup</name>
    <message>
        <source>Store</source>
        <translation>स्टोर</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>उपयोग में:</translation>
    </message>
    <message>
        <source>empty: the SQLite file in the data folder</source>
        <translation>खाली: डेटा फ़ोल्डर की SQLite फ़ाइल</translation>
    </message>
    <message>
        <source>Postgre&amp;SQL URL:</source>
        <translation>PostgreSQL URL (&amp;S):</translation>
    </message>
    <message>
        <source>empty: PGPASSWORD, ~/.pgpass or the password stored before</source>
        <translation>खाली: PGPASSWORD, ~/.pgpass या पहले सहेजा गया पासवर्ड</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>पासवर्ड (&amp;W):</translation>
    </message>
    <message>
        <source>As postgresql://USER@HOST:PORT/DB. Several Hookline instances on one database share the deliveries. Applies at the next start; --database on the command line takes precedence.</source>
        <translation>postgresql://USER@HOST:PORT/DB के रूप में। एक डेटाबेस पर चलने वाले कई Hookline इंस्टेंस डिलीवरी आपस में बाँटते हैं। अगली बार शुरू करने पर लागू होता है; कमांड लाइन का --database इससे ऊपर है।</translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation>कनेक्शन जाँचें (&amp;N)</translation>
    </message>
    <message>
        <source>Use at next st&amp;art</source>
        <translation>अगली शुरुआत में उपयोग करें (&amp;A)</translation>
    </message>
    <message>
        <source>Enter a postgresql://USER@HOST:PORT/DB URL to test.</source>
        <translation>जाँचने के लिए postgresql://USER@HOST:PORT/DB URL दर्ज करें।</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>कनेक्ट हो रहा है…</translation>
    </message>
    <message>
        <source>Saved: the next start uses the SQLite file in the data folder.</source>
        <translation>सहेजा गया: अगली शुरुआत डेटा फ़ोल्डर की SQLite फ़ाइल का उपयोग करेगी।</translation>
    </message>
    <message>
        <source>Saved: the next start uses this PostgreSQL database.</source>
        <translation>सहेजा गया: अगली शुरुआत इस PostgreSQL डेटाबेस का उपयोग करेगी।</translation>
    </message>
    <message>
        <source>%1 answers and is empty: Hookline will create its tables there.</source>
        <translation>%1 जवाब देता है और खाली है: Hookline वहाँ अपनी तालिकाएँ बनाएगा।</translation>
    </message>
    <message>
        <source>%1 answers and holds a Hookline store (schema version %2).</source>
        <translation>%1 जवाब देता है और उसमें Hookline स्टोर है (स्कीमा संस्करण %2)।</translation>
    </message>
</context>
<context>
    <name>hookline::TeammatesGroup</name>
    <message>
        <source>Teammates</source>
        <translation>टीम साथी</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>Teammate&apos;s name</source>
        <translation>टीम साथी का नाम</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Teammate&apos;s e-mail</source>
        <translation>टीम साथी का ईमेल</translation>
    </message>
    <message>
        <source>A&amp;dd or rename</source>
        <translation>जोड़ें या नाम बदलें (&amp;D)</translation>
    </message>
    <message>
        <source>Adds the teammate, or renames the one with this e-mail</source>
        <translation>टीम साथी को जोड़ता है, या इस ईमेल वाले साथी का नाम बदलता है</translation>
    </message>
    <message>
        <source>Remo&amp;ve selected</source>
        <translation>चुने हुए को हटाएँ (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>नाम (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>ईमेल (&amp;E):</translation>
    </message>
    <message>
        <source>Enter the teammate&apos;s e-mail address.</source>
        <translation>टीम साथी का ईमेल पता दर्ज करें।</translation>
    </message>
    <message>
        <source>The teammate was not saved: %1</source>
        <translation>टीम साथी सहेजा नहीं गया: %1</translation>
    </message>
    <message>
        <source>The teammate was not removed: %1</source>
        <translation>टीम साथी हटाया नहीं गया: %1</translation>
    </message>
</context>
<context>
    <name>hookline::WebhookActivityPanel</name>
    <message>
        <source>Activit&amp;y (10 most recent actions)</source>
        <translation>गतिविधि (&amp;Y) (10 सबसे हालिया क्रियाएँ)</translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation>गतिविधि लॉग</translation>
    </message>
    <message>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>What</source>
        <translation>क्या</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Do&amp;wnload detailed log</source>
        <translation>विस्तृत लॉग डाउनलोड करें (&amp;W)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>HAR (browser developer tools)</source>
        <translation>HAR (ब्राउज़र डेवलपर टूल)</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (स्प्रेडशीट)</translation>
    </message>
    <message>
        <source>Could not read the activity log: %1</source>
        <translation>गतिविधि लॉग पढ़ा नहीं जा सका: %1</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>डिलीवर हुआ</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>अक्षम</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>सक्षम</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>रोका गया</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>परीक्षण</translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation>हटाए गए</translation>
    </message>
    <message>
        <source>Flushed</source>
        <translation>तुरंत भेजे गए</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ईमेल</translation>
    </message>
    <message>
        <source>Resent</source>
        <translation>फिर से भेजा गया</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON फ़ाइलें (*.json)</translation>
    </message>
    <message>
        <source>HAR files (*.har)</source>
        <translation>HAR फ़ाइलें (*.har)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV फ़ाइलें (*.csv)</translation>
    </message>
    <message>
        <source>Download detailed log</source>
        <translation>विस्तृत लॉग डाउनलोड करें</translation>
    </message>
    <message>
        <source>Choose a webhook first.</source>
        <translation>पहले एक वेबहुक चुनें।</translation>
    </message>
    <message>
        <source>Writing the detailed log…</source>
        <translation>विस्तृत लॉग लिखा जा रहा है…</translation>
    </message>
    <message>
        <source>This webhook no longer exists.</source>
        <translation>यह वेबहुक अब मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 नहीं लिखा जा सका: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) saved to %1</source>
        <translation>
            <numerusform>%n अनुरोध %1 में सहेजा गया</numerusform>
            <numerusform>%n अनुरोध %1 में सहेजे गए</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookline::WebhookEditor</name>
    <message>
        <source>e.g. CRM (empty: named after the URL&apos;s host)</source>
        <translation>जैसे CRM (खाली: URL के होस्ट के नाम पर)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>नाम (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Don&apos;t aggregate</source>
        <translation>एकत्र न करें</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>हर घंटे</translation>
    </message>
    <message>
        <source>Every 6 hours</source>
        <translation>हर 6 घंटे</translation>
    </message>
    <message>
        <source>Every 12 hours</source>
        <translation>हर 12 घंटे</translation>
    </message>
    <message>
        <source>Every 24 hours</source>
        <translation>हर 24 घंटे</translation>
    </message>
    <message>
        <source>Send each message at once, or one bundle per chat per period (fewer calls for tools that bill per call).</source>
        <translation>हर संदेश तुरंत भेजें, या हर अवधि में प्रति चैट एक बंडल भेजें (प्रति कॉल शुल्क लेने वाले टूल के लिए कम कॉल)।</translation>
    </message>
    <message>
        <source>A&amp;ggregation:</source>
        <translation>एकत्रीकरण (&amp;G):</translation>
    </message>
    <message>
        <source>Webhook &amp;enabled</source>
        <translation>वेबहुक सक्षम (&amp;E)</translation>
    </message>
    <message>
        <source>Untick and save to pause the webhook. To switch it back on, use the buttons above the form.</source>
        <translation>वेबहुक रोकने के लिए निशान हटाएँ और सहेजें। इसे फिर से चालू करने के लिए फ़ॉर्म के ऊपर दिए गए बटनों का उपयोग करें।</translation>
    </message>
    <message>
        <source>none: requests are not signed</source>
        <translation>कोई नहीं: अनुरोध साइन नहीं किए जाते</translation>
    </message>
    <message>
        <source>Gene&amp;rate</source>
        <translation>जनरेट करें (&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>कॉपी करें (&amp;O)</translation>
    </message>
    <message>
        <source>Signing se&amp;cret:</source>
        <translation>साइनिंग सीक्रेट (&amp;C):</translation>
    </message>
    <message>
        <source>Any 2xx response</source>
        <translation>कोई भी 2xx प्रतिक्रिया</translation>
    </message>
    <message>
        <source>Exactly 200</source>
        <translation>केवल 200</translation>
    </message>
    <message>
        <source>Success ru&amp;le:</source>
        <translation>सफलता का नियम (&amp;L):</translation>
    </message>
    <message>
        <source> s</source>
        <translation> सेकंड</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>टाइमआउट (&amp;I):</translation>
    </message>
    <message>
        <source>newest attempts, with request and response</source>
        <translation>सबसे नए प्रयास, अनुरोध और जवाब सहित</translation>
    </message>
    <message>
        <source>Detailed log &amp;keeps:</source>
        <translation>विस्तृत लॉग रखता है (&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>सहेजें (&amp;S)</translation>
    </message>
    <message>
        <source>Save an&amp;d test</source>
        <translation>सहेजें और परीक्षण करें (&amp;D)</translation>
    </message>
    <message>
        <source>Saves, then sends the workspace&apos;s most recent message.</source>
        <translation>सहेजता है, फिर वर्कस्पेस का सबसे हालिया संदेश भेजता है।</translation>
    </message>
    <message>
        <source>There is no secret to copy.</source>
        <translation>कॉपी करने के लिए कोई सीक्रेट नहीं है।</translation>
    </message>
    <message>
        <source>Secret copied to the clipboard.</source>
        <translation>सीक्रेट क्लिपबोर्ड पर कॉपी हो गया।</translation>
    </message>
    <message>
        <source>the test did not finish in time</source>
        <translation>परीक्षण समय पर पूरा नहीं हुआ</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>कुछ भी सहेजा नहीं गया: %1</translation>
    </message>
    <message>
        <source>The previous webhook was not saved: %1</source>
        <translation>पिछला वेबहुक सहेजा नहीं गया: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>सहेजा गया।</translation>
    </message>
    <message>
        <source>Testing: sending the most recent message…</source>
        <translation>परीक्षण: सबसे हालिया संदेश भेजा जा रहा है…</translation>
    </message>
    <message>
        <source>Test delivered: %1</source>
        <translation>परीक्षण डिलीवर हुआ: %1</translation>
    </message>
    <message>
        <source>Test failed: %1</source>
        <translation>परीक्षण विफल: %1</translation>
    </message>
    <message>
        <source>Request &amp;headers:</source>
        <translation>अनुरोध हेडर (&amp;H):</translation>
    </message>
    <message>
        <source>Choose which messages this webhook gets, and see which of the latest ones would be sent.</source>
        <translation>चुनें कि इस वेबहुक को कौन-से संदेश मिलें, और देखें कि नवीनतम संदेशों में से कौन-से भेजे जाते।</translation>
    </message>
    <message>
        <source>&amp;Messages:</source>
        <translation>संदेश (&amp;M):</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>कोई सीमा नहीं</translation>
    </message>
    <message>
        <source>Requests started per second at most, for receivers with a rate limit (0: no limit). A receiver that answers 429 with Retry-After is waited for in any case.</source>
        <translation>प्रति सेकंड अधिकतम कितने अनुरोध शुरू हों, दर-सीमा वाले रिसीवरों के लिए (0: कोई सीमा नहीं)। जो रिसीवर Retry-After के साथ 429 लौटाता है, उसकी प्रतीक्षा हर हाल में की जाती है।</translation>
    </message>
    <message>
        <source>Throttle:</source>
        <translation>गति सीमा:</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>फ़िल्टर…</translation>
    </message>
    <message>
        <source>Push: Hookline posts to the URL</source>
        <translation>पुश: Hookline URL पर भेजता है</translation>
    </message>
    <message>
        <source>Pull: the receiver reads the feed</source>
        <translation>पुल: रिसीवर फ़ीड पढ़ता है</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>दोनों</translation>
    </message>
    <message>
        <source>For receivers that cannot take inbound HTTP: they read GET /api/v1/webhooks/ID/feed and acknowledge what they handled (docs/WEBHOOK-PULL-FEED.md).</source>
        <translation>उन रिसीवरों के लिए जो आने वाले HTTP अनुरोध नहीं ले सकते: वे GET /api/v1/webhooks/ID/feed पढ़ते हैं और जो संभाल लिया उसकी पुष्टि करते हैं (docs/WEBHOOK-PULL-FEED.md)।</translation>
    </message>
    <message>
        <source>Delivery:</source>
        <translation>डिलीवरी:</translation>
    </message>
    <message>
        <source>WhatsApp statuses (sent, delivered, read, failed)</source>
        <translation>WhatsApp स्थितियाँ (भेजा, पहुँचा, पढ़ा, विफल)</translation>
    </message>
    <message>
        <source>Reactions, as their own event</source>
        <translation>प्रतिक्रियाएँ, अलग इवेंट के रूप में</translation>
    </message>
    <message>
        <source>Unticked, a reaction arrives as a message reading “Reacted 👍 to a message”.</source>
        <translation>निशान न होने पर प्रतिक्रिया “Reacted 👍 to a message” संदेश के रूप में आती है।</translation>
    </message>
    <message>
        <source>Also send:</source>
        <translation>यह भी भेजें:</translation>
    </message>
    <message>
        <source>requests at once,</source>
        <translation>अनुरोध एक साथ,</translation>
    </message>
    <message>
        <source>per second</source>
        <translation>प्रति सेकंड</translation>
    </message>
    <message>
        <source>Only replays, no ne&amp;w messages</source>
        <translation>केवल रीप्ले, नए संदेश नहीं (&amp;W)</translation>
    </message>
    <message>
        <source>For a receiver that gets what Replay… sends it and nothing else, such as a staging CRM. A replay to another URL or an Inspector name makes such a webhook.</source>
        <translation>ऐसे प्राप्तकर्ता के लिए जिसे केवल वही मिले जो रीप्ले भेजता है, और कुछ नहीं, जैसे स्टेजिंग CRM। दूसरे URL या इंस्पेक्टर नाम पर रीप्ले ऐसा वेबहुक बनाता है।</translation>
    </message>
</context>
<context>
    <name>hookline::WebhookFilterDialog</name>
    <message>
        <source>Which messages this webhook gets</source>
        <translation>इस वेबहुक को कौन-से संदेश मिलते हैं</translation>
    </message>
    <message>
        <source>A message the filter turns away is not sent to this webhook (its history in Chats says so). The filter applies to messages that arrive after you save it.</source>
        <translation>जिस संदेश को फ़िल्टर नहीं लेता, वह इस वेबहुक को नहीं भेजा जाता (चैट्स में उसका इतिहास यह बताता है)। फ़िल्टर सहेजने के बाद आने वाले संदेशों पर लागू होता है।</translation>
    </message>
    <message>
        <source>Received and sent</source>
        <translation>प्राप्त और भेजे गए</translation>
    </message>
    <message>
        <source>Received only</source>
        <translation>केवल प्राप्त</translation>
    </message>
    <message>
        <source>Sent only</source>
        <translation>केवल भेजे गए</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>दिशा (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Accounts:</source>
        <translation>खाते (&amp;A):</translation>
    </message>
    <message>
        <source>Direct chats and groups</source>
        <translation>सीधी चैट और ग्रुप</translation>
    </message>
    <message>
        <source>Direct chats only</source>
        <translation>केवल सीधी चैट</translation>
    </message>
    <message>
        <source>Groups only</source>
        <translation>केवल ग्रुप</translation>
    </message>
    <message>
        <source>&amp;Chats:</source>
        <translation>चैट (&amp;C):</translation>
    </message>
    <message>
        <source>With or without</source>
        <translation>अटैचमेंट के साथ या बिना</translation>
    </message>
    <message>
        <source>Only with an attachment</source>
        <translation>केवल अटैचमेंट वाले</translation>
    </message>
    <message>
        <source>Only without an attachment</source>
        <translation>केवल बिना अटैचमेंट वाले</translation>
    </message>
    <message>
        <source>A&amp;ttachment:</source>
        <translation>अटैचमेंट (&amp;T):</translation>
    </message>
    <message>
        <source>any text; e.g. order (case is ignored)</source>
        <translation>कोई भी टेक्स्ट; जैसे order (छोटे-बड़े अक्षरों का अंतर नहीं)</translation>
    </message>
    <message>
        <source>&amp;Regular expression</source>
        <translation>रेगुलर एक्सप्रेशन (&amp;R)</translation>
    </message>
    <message>
        <source>Off: the text must contain these characters. On: a Perl-style regular expression, such as order\s*#?\d+.</source>
        <translation>बंद: टेक्स्ट में ये अक्षर होने चाहिए। चालू: Perl जैसा रेगुलर एक्सप्रेशन, जैसे order\s*#?\d+।</translation>
    </message>
    <message>
        <source>T&amp;ext contains:</source>
        <translation>टेक्स्ट में है (&amp;E):</translation>
    </message>
    <message>
        <source>&lt;b&gt;Would it match?&lt;/b&gt;</source>
        <translation>&lt;b&gt;क्या यह मेल खाएगा?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>चैट</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>संदेश</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>क्यों नहीं</translation>
    </message>
    <message>
        <source>Every &amp;message</source>
        <translation>हर संदेश (&amp;M)</translation>
    </message>
    <message>
        <source>Clears every field: the webhook gets every message.</source>
        <translation>हर फ़ील्ड खाली करता है: वेबहुक को हर संदेश मिलता है।</translation>
    </message>
    <message>
        <source>Reading the latest messages…</source>
        <translation>नवीनतम संदेश पढ़े जा रहे हैं…</translation>
    </message>
    <message>
        <source>The accounts could not be read: %1</source>
        <translation>खाते पढ़े नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>%1 (not an account of this workspace)</source>
        <translation>%1 (इस वर्कस्पेस का खाता नहीं)</translation>
    </message>
    <message>
        <source>The latest messages could not be read: %1</source>
        <translation>नवीनतम संदेश पढ़े नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>Mend the filter to see which messages it lets through.</source>
        <translation>फ़िल्टर ठीक करें, फिर देखें कि यह कौन-से संदेश जाने देता है।</translation>
    </message>
    <message>
        <source>Would be sent</source>
        <translation>भेजा जाएगा</translation>
    </message>
    <message>
        <source>Would be skipped</source>
        <translation>छोड़ दिया जाएगा</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 से</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>%1 को</translation>
    </message>
    <message>
        <source>%1 (group)</source>
        <translation>%1 (ग्रुप)</translation>
    </message>
    <message>
        <source>There are no messages yet to try the filter on.</source>
        <translation>फ़िल्टर आज़माने के लिए अभी कोई संदेश नहीं है।</translation>
    </message>
    <message numerus="yes">
        <source>%n of the latest %1 messages would be sent.</source>
        <translation>
            <numerusform>नवीनतम %1 संदेशों में से %n भेजा जाएगा।</numerusform>
            <numerusform>नवीनतम %1 संदेशों में से %n भेजे जाएँगे।</numerusform>
        </translation>
    </message>
    <message>
        <source>Every message</source>
        <translation>हर संदेश</translation>
    </message>
    <message>
        <source>received only</source>
        <translation>केवल प्राप्त</translation>
    </message>
    <message>
        <source>sent only</source>
        <translation>केवल भेजे गए</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n खाता</numerusform>
            <numerusform>%n खाते</numerusform>
        </translation>
    </message>
    <message>
        <source>direct chats only</source>
        <translation>केवल सीधी चैट</translation>
    </message>
    <message>
        <source>groups only</source>
        <translation>केवल ग्रुप</translation>
    </message>
    <message>
        <source>with an attachment</source>
        <translation>अटैचमेंट के साथ</translation>
    </message>
    <message>
        <source>without an attachment</source>
        <translation>बिना अटैचमेंट</translation>
    </message>
    <message>
        <source>text matches /%1/</source>
        <translation>टेक्स्ट /%1/ से मेल खाता है</translation>
    </message>
    <message>
        <source>text contains “%1”</source>
        <translation>टेक्स्ट में “%1” है</translation>
    </message>
    <message>
        <source>Tick the accounts whose messages this webhook gets.</source>
        <translation>उन खातों पर निशान लगाएँ जिनके संदेश इस वेबहुक को मिलें।</translation>
    </message>
    <message>
        <source>None ticked: every account, including ones added later.</source>
        <translation>कोई निशान नहीं: हर खाता, बाद में जोड़े गए खाते भी।</translation>
    </message>
    <message>
        <source>Only the messages of the range that the filter lets through are replayed.</source>
        <translation>अवधि के केवल वही संदेश फिर से भेजे जाते हैं जिन्हें फ़िल्टर जाने देता है।</translation>
    </message>
</context>
<context>
    <name>hookline::WebhookHeadersEdit</name>
    <message>
        <source>Show &amp;values</source>
        <translation>मान दिखाएँ (&amp;V)</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>अनुरोध हेडर</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>हेडर</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>मान</translation>
    </message>
    <message>
        <source>&amp;Add header</source>
        <translation>हेडर जोड़ें (&amp;A)</translation>
    </message>
    <message>
        <source>Bearer token…</source>
        <translation>Bearer टोकन…</translation>
    </message>
    <message>
        <source>Basic authentication (user and password)…</source>
        <translation>Basic प्रमाणीकरण (यूज़र और पासवर्ड)…</translation>
    </message>
    <message>
        <source>API key header…</source>
        <translation>API कुंजी हेडर…</translation>
    </message>
    <message>
        <source>Other header</source>
        <translation>दूसरा हेडर</translation>
    </message>
    <message>
        <source>Values are credentials: masked here, and “REDACTED” in the detailed log, exports and e-mails.</source>
        <translation>मान गोपनीय क्रेडेंशियल हैं: यहाँ छिपे रहते हैं, और विस्तृत लॉग, एक्सपोर्ट और ई-मेल में “REDACTED” दिखते हैं।</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer टोकन</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>टोकन (&amp;T):</translation>
    </message>
    <message>
        <source>Basic authentication</source>
        <translation>Basic प्रमाणीकरण</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>यूज़र (&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>पासवर्ड (&amp;P):</translation>
    </message>
    <message>
        <source>A user name for Basic authentication cannot contain a colon.</source>
        <translation>Basic प्रमाणीकरण के यूज़र नाम में कोलन (:) नहीं हो सकता।</translation>
    </message>
    <message>
        <source>API key header</source>
        <translation>API कुंजी हेडर</translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation>हेडर (&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>कुंजी (&amp;K):</translation>
    </message>
    <message>
        <source>Re&amp;move header</source>
        <translation>हेडर हटाएँ (&amp;M)</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>कोई नहीं।</translation>
    </message>
</context>
<context>
    <name>hookline::WebhooksPage</name>
    <message>
        <source>Webhoo&amp;ks</source>
        <translation>वेबहुक (&amp;K)</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>वेबहुक</translation>
    </message>
    <message>
        <source>&amp;Add webhook</source>
        <translation>वेबहुक जोड़ें (&amp;A)</translation>
    </message>
    <message>
        <source>Re-enable and discard t&amp;hem</source>
        <translation>फिर से सक्षम करें और उन्हें हटा दें (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Flush now</source>
        <translation>अभी भेजें (&amp;F)</translation>
    </message>
    <message>
        <source>Sends what waits for the next bundle window now.</source>
        <translation>जो संदेश अगली बंडल विंडो की प्रतीक्षा में हैं, उन्हें अभी भेजता है।</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>हटाएँ (&amp;T)</translation>
    </message>
    <message>
        <source>This webhook is paused. New messages wait until it is enabled again.</source>
        <translation>यह वेबहुक रुका हुआ है। इसे फिर से सक्षम किए जाने तक नए संदेश प्रतीक्षा करेंगे।</translation>
    </message>
    <message>
        <source>This webhook is switched off: %1. New messages wait until it is enabled again.</source>
        <translation>यह वेबहुक बंद है: %1। इसे फिर से सक्षम किए जाने तक नए संदेश प्रतीक्षा करेंगे।</translation>
    </message>
    <message numerus="yes">
        <source>Re-enable and deli&amp;ver the %n waiting message(s)</source>
        <translation>
            <numerusform>फिर से सक्षम करें और प्रतीक्षारत %n संदेश डिलीवर करें (&amp;V)</numerusform>
            <numerusform>फिर से सक्षम करें और प्रतीक्षारत %n संदेश डिलीवर करें (&amp;V)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not flush: %1</source>
        <translation>अभी नहीं भेजा जा सका: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) on their way.</source>
        <translation>
            <numerusform>%n बंडल भेजा जा रहा है।</numerusform>
            <numerusform>%n बंडल भेजे जा रहे हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was waiting for a bundle.</source>
        <translation>कोई भी संदेश बंडल की प्रतीक्षा में नहीं था।</translation>
    </message>
    <message>
        <source>Delete webhook</source>
        <translation>वेबहुक हटाएँ</translation>
    </message>
    <message>
        <source>Delete the webhook “%1”? Messages waiting for it are not sent, and its logs are removed. This cannot be undone.</source>
        <translation>वेबहुक “%1” हटाएँ? इसकी प्रतीक्षा कर रहे संदेश नहीं भेजे जाएँगे, और इसके लॉग हटा दिए जाएँगे। इसे पूर्ववत नहीं किया जा सकता।</translation>
    </message>
    <message>
        <source>The webhook was not deleted: %1</source>
        <translation>वेबहुक हटाया नहीं गया: %1</translation>
    </message>
    <message>
        <source>The webhook was not re-enabled: %1</source>
        <translation>वेबहुक फिर से सक्षम नहीं हुआ: %1</translation>
    </message>
    <message>
        <source>Re-enabled; the waiting messages are being delivered.</source>
        <translation>फिर से सक्षम किया गया; प्रतीक्षारत संदेश डिलीवर किए जा रहे हैं।</translation>
    </message>
    <message>
        <source>Re-enabled; the waiting messages were discarded.</source>
        <translation>फिर से सक्षम किया गया; प्रतीक्षारत संदेश हटा दिए गए।</translation>
    </message>
    <message>
        <source>Could not read the webhooks: %1</source>
        <translation>वेबहुक पढ़े नहीं जा सके: %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>रुका हुआ</translation>
    </message>
    <message numerus="yes">
        <source>%1
%2 · %n waiting</source>
        <translation>
            <numerusform>%1
%2 · %n प्रतीक्षारत</numerusform>
            <numerusform>%1
%2 · %n प्रतीक्षारत</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>बिना सहेजे बदलाव</translation>
    </message>
    <message>
        <source>The webhook “%1” has changes that are not saved.</source>
        <translation>वेबहुक “%1” में ऐसे बदलाव हैं जो सहेजे नहीं गए हैं।</translation>
    </message>
    <message>
        <source>The new webhook is not saved yet.</source>
        <translation>नया वेबहुक अभी सहेजा नहीं गया है।</translation>
    </message>
    <message>
        <source>Re-ena&amp;ble</source>
        <translation>फिर से सक्षम करें (&amp;B)</translation>
    </message>
    <message>
        <source>Test &amp;first</source>
        <translation>पहले परीक्षण करें (&amp;F)</translation>
    </message>
    <message>
        <source>Sends the most recent message once, without re-enabling, to see whether the receiver answers now.</source>
        <translation>सबसे हाल का संदेश एक बार भेजता है, फिर से सक्षम किए बिना, यह देखने के लिए कि प्राप्तकर्ता अब जवाब देता है या नहीं।</translation>
    </message>
    <message>
        <source>Webhook %1</source>
        <translation>वेबहुक %1</translation>
    </message>
    <message>
        <source>next attempt at %1</source>
        <translation>अगला प्रयास %1 पर</translation>
    </message>
    <message>
        <source>trying again now</source>
        <translation>अभी फिर कोशिश हो रही है</translation>
    </message>
    <message numerus="yes">
        <source>Failing: %n error(s) in a row, %1. It is switched off after %2 more.</source>
        <translation>
            <numerusform>विफल हो रहा है: लगातार %n त्रुटि, %1। %2 और के बाद यह बंद हो जाएगा।</numerusform>
            <numerusform>विफल हो रहा है: लगातार %n त्रुटियाँ, %1। %2 और के बाद यह बंद हो जाएगा।</numerusform>
        </translation>
    </message>
    <message>
        <source>The webhook “%1” was deleted.</source>
        <translation>वेबहुक “%1” हटा दिया गया।</translation>
    </message>
    <message>
        <source>healthy</source>
        <translation>ठीक</translation>
    </message>
    <message numerus="yes">
        <source>failing (%n error(s) in a row)</source>
        <translation>
            <numerusform>विफल (लगातार %n त्रुटि)</numerusform>
            <numerusform>विफल (लगातार %n त्रुटियाँ)</numerusform>
        </translation>
    </message>
    <message>
        <source>switched off after errors</source>
        <translation>त्रुटियों के बाद बंद</translation>
    </message>
    <message>
        <source>No webhooks yet.

A webhook posts every WhatsApp message to a URL: your CRM, Zapier, or the built-in Inspector. Fill in the form to add one, or try the demo first.</source>
        <translation>अभी कोई वेबहुक नहीं।

वेबहुक हर WhatsApp संदेश किसी URL पर भेजता है: आपका CRM, Zapier, या अंतर्निहित इंस्पेक्टर। जोड़ने के लिए फ़ॉर्म भरें, या पहले डेमो आज़माएँ।</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>डेमो आज़माएँ(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;play…</source>
        <translation>फिर से भेजें (&amp;P)…</translation>
    </message>
    <message numerus="yes">
        <source>Replay queued: %n message(s).</source>
        <translation>
            <numerusform>रीप्ले कतार में: %n संदेश।</numerusform>
            <numerusform>रीप्ले कतार में: %n संदेश।</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · replays only</source>
        <translation>%1 · केवल रीप्ले</translation>
    </message>
    <message>
        <source>Sends the messages of a time range once more, to this webhook or to another URL or an Inspector name.</source>
        <translation>किसी अवधि के संदेश एक बार फिर भेजता है, इसी वेबहुक को या किसी दूसरे URL या इंस्पेक्टर नाम पर।</translation>
    </message>
</context>
<context>
    <name>hookline::WorkspaceGroup</name>
    <message>
        <source>Workspace</source>
        <translation>वर्कस्पेस</translation>
    </message>
    <message>
        <source>owner@example.com</source>
        <translation>owner@example.com</translation>
    </message>
    <message>
        <source>Empty: %1, where Hookline listens</source>
        <translation>खाली: %1, जहाँ Hookline सुन रहा है</translation>
    </message>
    <message>
        <source>Owner &amp;name:</source>
        <translation>स्वामी का नाम (&amp;N):</translation>
    </message>
    <message>
        <source>Owner &amp;e-mail:</source>
        <translation>स्वामी का ईमेल (&amp;E):</translation>
    </message>
    <message>
        <source>Gets an e-mail when a webhook is disabled after repeated failures.</source>
        <translation>बार-बार विफल होने के कारण कोई वेबहुक अक्षम होने पर स्वामी को ईमेल मिलता है।</translation>
    </message>
    <message>
        <source>&amp;Public base URL:</source>
        <translation>सार्वजनिक बेस URL (&amp;P):</translation>
    </message>
    <message>
        <source>Where chat links and attachment URLs in payloads point. Set it when receivers on other computers must open them (through a tunnel or a reverse proxy).</source>
        <translation>पेलोड में चैट लिंक और अटैचमेंट URL कहाँ ले जाते हैं। इसे तब सेट करें जब दूसरे कंप्यूटरों पर पाने वालों को इन्हें खोलना हो (टनल या रिवर्स प्रॉक्सी के ज़रिए)।</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>समय क्षेत्र (&amp;Z):</translation>
    </message>
    <message>
        <source>Bundle windows start at 00:00, 06:00, 12:00 and 18:00 in this zone.</source>
        <translation>बंडल विंडो इस समय क्षेत्र के अनुसार 00:00, 06:00, 12:00 और 18:00 बजे शुरू होती हैं।</translation>
    </message>
    <message>
        <source>Outgoing e-mail (SMTP)</source>
        <translation>आउटगोइंग ईमेल (SMTP)</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>कोई नहीं (बिना एन्क्रिप्शन)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>अपरिवर्तित</translation>
    </message>
    <message>
        <source>&amp;Forget the stored password</source>
        <translation>सहेजा गया पासवर्ड हटाएँ (&amp;F)</translation>
    </message>
    <message>
        <source>hookline@example.com</source>
        <translation>hookline@example.com</translation>
    </message>
    <message>
        <source>Accept an &amp;invalid certificate (a self-signed server you trust)</source>
        <translation>अमान्य प्रमाणपत्र स्वीकार करें (&amp;I) (ऐसे सेल्फ़-साइन्ड सर्वर के लिए जिस पर आप भरोसा करते हैं)</translation>
    </message>
    <message>
        <source>&amp;Mail server:</source>
        <translation>मेल सर्वर (&amp;M):</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>पोर्ट (&amp;O):</translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation>सुरक्षा (&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>उपयोगकर्ता नाम (&amp;U):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>पासवर्ड (&amp;W):</translation>
    </message>
    <message>
        <source>F&amp;rom address:</source>
        <translation>प्रेषक पता (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>सहेजें (&amp;S)</translation>
    </message>
    <message>
        <source>Send test e-m&amp;ail</source>
        <translation>परीक्षण ईमेल भेजें (&amp;A)</translation>
    </message>
    <message>
        <source>Sends a test e-mail to the owner with the saved settings</source>
        <translation>सहेजी गई सेटिंग्स से स्वामी को एक परीक्षण ईमेल भेजता है</translation>
    </message>
    <message>
        <source>The mail server did not answer in time.</source>
        <translation>मेल सर्वर ने समय पर जवाब नहीं दिया।</translation>
    </message>
    <message>
        <source>Test e-mail sent: %1</source>
        <translation>परीक्षण ईमेल भेजा गया: %1</translation>
    </message>
    <message>
        <source>The test e-mail failed: %1</source>
        <translation>परीक्षण ईमेल विफल रहा: %1</translation>
    </message>
    <message>
        <source>The settings could not be loaded: %1</source>
        <translation>सेटिंग्स लोड नहीं हो सकीं: %1</translation>
    </message>
    <message>
        <source>A password is stored in the system keyring.</source>
        <translation>पासवर्ड सिस्टम कीरिंग में सहेजा गया है।</translation>
    </message>
    <message>
        <source>A password is stored in a file only you can read (no keyring answered).</source>
        <translation>पासवर्ड ऐसी फ़ाइल में सहेजा गया है जिसे केवल आप पढ़ सकते हैं (किसी कीरिंग ने जवाब नहीं दिया)।</translation>
    </message>
    <message>
        <source>No password is stored.</source>
        <translation>कोई पासवर्ड सहेजा नहीं गया है।</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>सहेजा जा रहा है…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>सहेजा नहीं गया: %1</translation>
    </message>
    <message>
        <source>Passwords cannot be stored right now.</source>
        <translation>अभी पासवर्ड सहेजे नहीं जा सकते।</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>सहेजा गया।</translation>
    </message>
    <message>
        <source>Links in payloads may not open: %1</source>
        <translation>पेलोड के लिंक शायद न खुलें: %1</translation>
    </message>
    <message>
        <source>E-mail cannot be sent right now.</source>
        <translation>अभी ईमेल नहीं भेजा जा सकता।</translation>
    </message>
    <message>
        <source>Sending a test e-mail with the saved settings…</source>
        <translation>सहेजी गई सेटिंग्स से परीक्षण ईमेल भेजा जा रहा है…</translation>
    </message>
</context>
</TS>
