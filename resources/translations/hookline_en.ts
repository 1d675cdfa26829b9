<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountLabel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityText</name>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection closed by the receiver before a response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout: no complete response within %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect %1 to %2 (redirects are not followed; update the webhook URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1, but the response broke off after %2 of %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1, but the response broke off: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this webhook accepts only 200)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid URL: it must start with http:// or https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid URL: it names no host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivery is not running; restart Hookline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this webhook no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to send yet: the workspace has no message (create one in Compose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no SMTP server is set in Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the workspace owner has no e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sender address (SMTP “from”) is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each message at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hourly bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundles every 6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bundles every 12 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test delivered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error %1 in a row: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switched off automatically after %1 errors in a row; the last: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>switched on; %n waiting message(s) discarded</source>
        <translation>
            <numerusform>switched on; %n waiting message discarded</numerusform>
            <numerusform>switched on; %n waiting messages discarded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>switched on; %n waiting message(s) will be delivered</source>
        <translation>
            <numerusform>switched on; %n waiting message will be delivered</numerusform>
            <numerusform>switched on; %n waiting messages will be delivered</numerusform>
        </translation>
    </message>
    <message>
        <source>switched on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused by hand; new messages wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) sent on request</source>
        <translation>
            <numerusform>%n bundle sent on request</numerusform>
            <numerusform>%n bundles sent on request</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>window ending %1: %n bundle(s)</source>
        <translation>
            <numerusform>window ending %1: %n bundle</numerusform>
            <numerusform>window ending %1: %n bundles</numerusform>
        </translation>
    </message>
    <message>
        <source>delivery %1 resent as delivery %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aggregation from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>success rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detailed log size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner not e-mailed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner e-mailed at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner e-mail failed, giving up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner e-mail failed, will try again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links point at %1, this computer, but a webhook sends them to %2, which cannot open them: set a public base URL that %2 can reach (a tunnel or a reverse proxy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links point at port %1 of this computer, where nothing listens (Hookline listens on port %2): they cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a known time zone (like Asia/Kolkata).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no WhatsApp messages (%2 lines read, %3 not understood).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds only system lines, no messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” wrote nothing in this chat; its authors are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export names the other person only as “%1”: give their phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of its %1 messages could be stored (line %2: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2; a chat export is far smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or incomplete (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds more than %2 files; a chat export holds far fewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chat %1 in %2 is larger than %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expands to more than %2, so it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no chat: there is no .txt file in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds several .txt files and none is named like a WhatsApp chat (“_chat.txt” or “WhatsApp Chat with ….txt”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a chat export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a zip archive: it does not begin like one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slowed down: waiting %1 s as the receiver asked (not counted as an error): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind of chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>throttle</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>replay of %n message(s) from %1 to %2: deliveries %3 to %4</source>
        <translation>
            <numerusform>replay of %n message from %1 to %2: deliveries %3 to %4</numerusform>
            <numerusform>replay of %n messages from %1 to %2: deliveries %3 to %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>taken by the feed: %n delivery(ies) up to cursor %1</source>
        <translation>
            <numerusform>taken by the feed: %n delivery up to cursor %1</numerusform>
            <numerusform>taken by the feed: %n deliveries up to cursor %1</numerusform>
        </translation>
    </message>
    <message>
        <source>delivery from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pull feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>push and pull feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replay: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>replay of %n message(s) from %1 to %2 for “%3”: deliveries %4 to %5</source>
        <translation>
            <numerusform>replay of %n message from %1 to %2 for “%3”: deliveries %4 to %5</numerusform>
            <numerusform>replay of %n messages from %1 to %2 for “%3”: deliveries %4 to %5</numerusform>
        </translation>
    </message>
    <message>
        <source>it only sends replays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replays only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new messages too</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Hookline cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceErrorText</name>
    <message>
        <source>It no longer exists; it was deleted elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could not be reached, so nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so nothing was changed. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another webhook already posts to this URL with the same aggregation; every message would arrive twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account with this phone number exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the URL the messages are posted to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL names no host, e.g. https://crm.example.com/hooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL is longer than 4,096 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid URL; look for spaces or typing errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signing secret is “whsec_” followed by 24 to 64 bytes in base64: use Generate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeout must be from 0.1 to 600 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The detailed log keeps from 1 to 100,000 attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a known time zone; pick one from the list (like Asia/Kolkata).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an http:// or https:// address, or leave it empty to follow the address Hookline listens on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be stored in the keyring, so nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Cloud API settings are still being read; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the phone number of the account the chat belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret could not be stored in the keyring, so nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A webhook sends at most %1 headers of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header %1 needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header %1: a name is at most %2 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header %1: a value is at most %2 bytes long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header %1: a name may hold only letters, digits and !#$%&amp;&apos;*+-.^_`|~ (no spaces or colons).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header %1: %2 is set by the HTTP connection and cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header %1: %2 is sent by Hookline itself and cannot be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header %1: %2 is given twice (header names ignore case).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header %1: a value cannot hold line breaks or other control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This regular expression could take very long on some messages (it backtracks catastrophically, as (a+)+ does). Simplify it, or untick Regular expression to look for the text as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid regular expression: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter&apos;s accounts must be phone numbers, each given once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the webhook on first: a replay to a webhook that is off would only wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end of the range must be after its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message of this range would be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A webhook has from 1 to %1 requests under way at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range holds more than %1 messages; choose a shorter range or a filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate is 0 (no limit) or from %1 to %2 requests per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A webhook already posts to this URL: replay to that webhook instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookline::AccountsGroup</name>
    <message>
        <source>WhatsApp accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+14155550100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add accoun&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ad&amp;just selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves these fields to the account selected in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone (re&amp;quired):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mai&amp;l:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the account %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the account %1 (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the account to change first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account with phone %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookline::AttemptsModel</name>
    <message>
        <source>Webhook %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>bundle of %n message(s)</source>
        <translation>
            <numerusform>bundle of %n message</numerusform>
            <numerusform>bundle of %n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · next at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This delivery still waits; the webhook tries again after its back-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookline::ChatMessagesModel</name>
    <message>
        <source>sent</source>
        <comment>WhatsApp status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered</source>
        <comment>WhatsApp status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read</source>
        <comment>WhatsApp status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>played</source>
        <comment>WhatsApp status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <comment>WhatsApp status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <comment>WhatsApp status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s)</source>
        <translation>
            <numerusform>%n webhook</numerusform>
            <numerusform>%n webhooks</numerusform>
        </translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… %n more character(s) not shown.</source>
        <translation>
            <numerusform>… %n more character not shown.</numerusform>
            <numerusform>… %n more characters not shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>WhatsApp: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✓ %n webhook(s)</source>
        <translation>
            <numerusform>✓ %n webhook</numerusform>
            <numerusform>✓ %n webhooks</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for %1 (bundle at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held for %1 (switched off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>failing after %n attempt(s): %1</source>
        <translation>
            <numerusform>failing after %n attempt: %1</numerusform>
            <numerusform>failing after %n attempts: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>in the bundle that goes out at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held while the webhook is switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dropped: the webhook was switched on again without its backlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp: %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: filtered out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: its filter turns the message away (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookline::ChatsPage</name>
    <message>
        <source>&amp;Compose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a received or sent message by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone / group id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;esponsible:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chats could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The messages could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chat selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %1 of %2 messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s).</source>
        <translation>
            <numerusform>%n message.</numerusform>
            <numerusform>%n messages.</numerusform>
        </translation>
    </message>
    <message>
        <source>The responsible teammate could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teammate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import chat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the messages of a WhatsApp chat export (.txt or .zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chats yet.

Messages arrive from the WhatsApp Cloud API (Settings), from a WhatsApp chat export (Import chat…), from the local API (POST %1/messages), or from Compose… for testing by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a chat to read its messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored file cannot be copied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attachment could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Message sent through WhatsApp and stored; queued for %n webhook(s).</source>
        <translation>
            <numerusform>Message sent through WhatsApp and stored; queued for %n webhook.</numerusform>
            <numerusform>Message sent through WhatsApp and stored; queued for %n webhooks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Message stored; queued for %n webhook(s).</source>
        <translation>
            <numerusform>Message stored; queued for %n webhook.</numerusform>
            <numerusform>Message stored; queued for %n webhooks.</numerusform>
        </translation>
    </message>
    <message>
        <source>Message sent through WhatsApp and stored; no webhook is switched on to receive it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message stored; no webhook is switched on to receive it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: “%3”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookline::CloudApiGroup</name>
    <message>
        <source>WhatsApp Cloud API (selected account)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 106540352242922</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta shows it under WhatsApp → API Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave it empty for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone num&amp;ber id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graph API addr&amp;ess:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App secre&amp;t:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the app secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the verify token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccess token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the webhook URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Webhook URL for Meta:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste it with the verify token into the Meta app&apos;s WhatsApp → Configuration. It is made of the public base URL (Workspace), which Meta must be able to reach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nnect / save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the Cloud API settings of the selected account; empty secrets stay as stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook URL is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Cloud API is not available here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an account in the list above to connect it to the WhatsApp Cloud API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the Cloud API settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set — leave empty to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected as phone number id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receives Meta&apos;s notifications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta&apos;s notifications are refused until an app secret is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can send from the Composer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending needs an access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud API settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect from the Cloud API?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s Cloud API settings and secrets are removed, and Meta&apos;s notifications for it are refused until it is connected again. Its messages stay. Disconnect?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not disconnected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected from the Cloud API.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookline::ComposerDialog</name>
    <message>
        <source>“%1” is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” is %2; attachments are limited to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+14155550100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+919800000001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asha Rao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nam&amp;e:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello! Is the order on its way?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose fi&amp;le…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stores the message and hands it to the webhooks (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New direct chat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chats could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A participant&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participant&apos;s phone (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send through &amp;WhatsApp (Cloud API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the message through WhatsApp, then stores it and hands it to the webhooks (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the message to the chat&apos;s phone through the WhatsApp Cloud API; it is stored only if WhatsApp takes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is not connected to the WhatsApp Cloud API with an access token (Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a sent message in a direct chat can go through WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the account&apos;s phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the phone number of the person the chat is with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the group&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a text or attach a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>120363…@g.us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group&apos;s id, like 120363021234567890@g.us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ph&amp;one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the message without the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send and create &amp;message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookline::DashboardPage</name>
    <message>
        <source>Deliveries per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts per webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the stored attempts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the stored attempts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries per 30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries per 6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deliveries in the last 15 minutes yet. They appear here as soon as a message is sent to a webhook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deliveries in the last 24 hours yet. They appear here as soon as a message is sent to a webhook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deliveries in the last 7 days yet. They appear here as soon as a message is sent to a webhook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deliveries in the last hour yet. They appear here as soon as a message is sent to a webhook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3, error rate %4 %, p50 %5 ms, p99 %6 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n delivered</source>
        <translation>
            <numerusform>%n delivered</numerusform>
            <numerusform>%n delivered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Counts only the attempts still stored: each webhook keeps its newest %n attempt(s).</source>
        <translation>
            <numerusform>Counts only the attempts still stored: each webhook keeps its newest attempt.</numerusform>
            <numerusform>Counts only the attempts still stored: each webhook keeps its newest %n attempts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Counts only the attempts still stored: each webhook keeps its newest %1 to %2 attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to list these attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — error rate %2 % of %n attempt(s)</source>
        <translation>
            <numerusform>%1 — error rate %2 % of %n attempt</numerusform>
            <numerusform>%1 — error rate %2 % of %n attempts</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — p50 %2 ms, p99 %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookline::DeliveriesPage</name>
    <message>
        <source>All webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Webhook:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL, error, webhook-id, body or chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;quest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ponse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue the same messages once more as a new delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the attempts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the webhooks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln attempt(s)</source>
        <translation>
            <numerusform>%Ln attempt</numerusform>
            <numerusform>%Ln attempts</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the attempt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This attempt is no longer in the log: each webhook keeps only its most recent attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the request as a cURL command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not resend: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HTTP response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration: %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(truncated: only the first %1 KiB were kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as cURL and the webhook&apos;s Download detailed log have everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook&apos;s Download detailed log has everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how them</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new attempt(s) above the list.</source>
        <translation>
            <numerusform>%n new attempt above the list.</numerusform>
            <numerusform>%n new attempts above the list.</numerusform>
        </translation>
    </message>
    <message>
        <source>The attempt you were reading was deleted: each webhook keeps only its newest attempts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1” keeps its newest %n attempt(s); older ones are deleted. Change the number in its settings on the Webhooks page.</source>
        <translation>
            <numerusform>“%1” keeps its newest %n attempt; older ones are deleted. Change the number in its settings on the Webhooks page.</numerusform>
            <numerusform>“%1” keeps its newest %n attempts; older ones are deleted. Change the number in its settings on the Webhooks page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each webhook keeps its newest %n attempt(s); older ones are deleted. Change the number on the Webhooks page.</source>
        <translation>
            <numerusform>Each webhook keeps its newest %n attempt; older ones are deleted. Change the number on the Webhooks page.</numerusform>
            <numerusform>Each webhook keeps its newest %n attempts; older ones are deleted. Change the number on the Webhooks page.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each webhook keeps only its newest attempts (%1 to %2); older ones are deleted. Change the number on the Webhooks page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first attempt of the resent delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued again as delivery %1; its first attempt is selected here when it is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing sent yet.

Every request a webhook makes shows here with its response. Add a webhook on the Webhooks page, then send a message: Chats → Compose, import a WhatsApp chat, or POST to %1/messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attempt matches the filter and search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an attempt to see its request and response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;all times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only attempts started from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2: &lt;span style=&apos;color:%3&apos;&gt;%4&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery #%1, attempts: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next attempt at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trying again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new connection at %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reused connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS done at %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request sent at %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first byte at %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the deliveries of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;all messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More ways to copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as cURL with &amp;credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the webhook: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook was deleted, and its credentials with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied with the webhook&apos;s credentials as they are now: keep it private.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookline::HttpText</name>
    <message>
        <source>… %1 more bytes not shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookline::ImportDialog</name>
    <message>
        <source>Format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already stored by an earlier import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System lines skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines not understood: %1 (first: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines not understood: 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files in the zip left out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more.</source>
        <translation>
            <numerusform>  … and %n more.</numerusform>
            <numerusform>  … and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new messages were handed to the webhooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a chat export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp&apos;s “Export chat” file (.txt or .zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choo&amp;se…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+14155550100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The WhatsApp number the chat was exported from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your lines become sent messages; the others&apos; become received ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Your name in the export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+919800000001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct chats: the export names the other person, not the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other person&apos;s phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone&apos;s time zone: the export gives only its wall-clock time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send imported messages to the &amp;webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off by default: old history usually must not reach a CRM or a bot again as if it were new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import&apos;s report appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a chat export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp chat exports (*.txt *.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1; it is not previewed, but it can be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n line(s)</source>
        <translation>
            <numerusform>%1 · %n line</numerusform>
            <numerusform>%1 · %n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the exported chat file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the phone number of the account the chat belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media not in the export (stored as their placeholder): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>.txt or .zip from “Export chat”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: all lines received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookline::InspectorPage</name>
    <message>
        <source>Receiving URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name, e.g. crm-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the receiving URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer with &amp;status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use 1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos; (the name becomes part of the URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook could not be created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (cut)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(only the first %1 are kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a &amp;webhook to this URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receiving URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook “%1” now posts every message to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dele&amp;te URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replay to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a receiving URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of a new receiving URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after a &amp;delay of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any path under the URL is accepted too. Answer with 500 to watch retries; a webhook is disabled after more than 10 failures in a row. A delay past the webhook&apos;s timeout counts as a timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 and its requests. A request to it makes it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) kept</source>
        <translation>
            <numerusform>%n request kept</numerusform>
            <numerusform>%n requests kept</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a receiving URL on the left: webhooks pointed at it show here, request by request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first request to %1.

Point a webhook at it, or send one yourself:

curl -X POST &apos;%1&apos; -H &apos;Content-Type: application/json&apos; -d &apos;{&quot;hello&quot;: &quot;world&quot;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request to see its headers and body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 from %3 at %4; answered %5 after %6 ms; %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no body)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed (no webhook-signature header).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed, but only part of the body was kept, so the signature cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature not valid: the webhook-id or webhook-timestamp header is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Signature valid: signed with the secret of the webhook “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Signed, but no webhook here has a signing secret to check it with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Signature not valid for any webhook&apos;s secret: the body was changed, or another sender or an older secret signed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the request as a cURL command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this request again, with its method, headers and body, to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a full http:// or https:// address to replay to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaying to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replayed to %1: HTTP %2 in %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: answer {&quot;status&quot;: …} as JSON. Anything else is sent as it is, with the content type below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response b&amp;ody:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content t&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer with a status from 200 to 599.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer after a delay of at most %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response body is %1; it may be at most %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the response body a content type, such as application/json. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content type may be at most %1 characters long. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content type may hold only printable ASCII characters: no line breaks, tabs or letters outside English. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content type must be a type and a subtype, such as text/plain or application/json; charset=utf-8. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Inspector refused this answer. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom r&amp;esponse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookline::MainWindow</name>
    <message>
        <source>Hookline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;New here?&lt;/b&gt; Create a demo: a webhook pointed at the built-in Inspector and a sample message, delivered in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1 · local server %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Hookline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It failed more than 10 times in a row. The owner was not e-mailed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello from Hookline! This sample message was delivered to the Inspector by your demo webhook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hookline — %1 delivered, %2 failed since start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook “%1” was switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A webhook was switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo (Inspector)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asha Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n off</source>
        <comment>webhooks switched off after errors</comment>
        <translation>
            <numerusform>%n off</numerusform>
            <numerusform>%n off</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) switched off after errors</source>
        <translation>
            <numerusform>%n webhook switched off after errors</numerusform>
            <numerusform>%n webhooks switched off after errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing</source>
        <comment>webhooks failing but retrying</comment>
        <translation>
            <numerusform>%n failing</numerusform>
            <numerusform>%n failing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s) failing</source>
        <translation>
            <numerusform>%n webhook failing</numerusform>
            <numerusform>%n webhooks failing</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo created: the webhook “%1” posts every message to this URL, and a sample message was sent. Below is the request your CRM would receive. Next: add your CRM&apos;s URL on the Webhooks page, or send a message from Chats → Compose.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookline::ReplayDialog</name>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To (not included):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Messages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the webhook&apos;s filter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queuing the replay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message>
        <source>No message of this range would be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) would be sent in %1, from %2 to %3.</source>
        <translation>
            <numerusform>%n message would be sent in %1, from %2 to %3.</numerusform>
            <numerusform>%n messages would be sent in %1, from %2 to %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replay %n message(s)</source>
        <translation>
            <numerusform>Replay %n message</numerusform>
            <numerusform>Replay %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) would be sent in %1, all from %2.</source>
        <translation>
            <numerusform>%n message would be sent in %1, from %2.</numerusform>
            <numerusform>%n messages would be sent in %1, all from %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Queued: %n message(s) in %1. They go out as the webhook sends; Deliveries shows each one.</source>
        <translation>
            <numerusform>Queued: %n message in %1. It goes out as the webhook sends; Deliveries shows it.</numerusform>
            <numerusform>Queued: %n messages in %1. They go out as the webhook sends; Deliveries shows each one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replay messages of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the messages of a time range once more, as new deliveries under new webhook-ids, marked with the header webhook-replay: true. Use it when a receiver lost what it was sent, or to try another receiver with real messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Inspector name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://staging.example.com/hooks/whatsapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send t&amp;o:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as this webhook sends them (format, signature, retries), without its request headers, which may hold its receiver&apos;s credentials. Hookline adds a webhook that gets only replays for this address; the Webhooks list shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the URL to send the replay to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Inspector name is 1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Queued: %n message(s) in %1, sent by “%2”, a webhook that gets only replays. Deliveries shows each one.</source>
        <translation>
            <numerusform>Queued: %n message in %1, sent by “%2”, a webhook that gets only replays. Deliveries shows it.</numerusform>
            <numerusform>Queued: %n messages in %1, sent by “%2”, a webhook that gets only replays. Deliveries shows each one.</numerusform>
        </translation>
    </message>
    <message>
        <source>The webhook that sends replays to this address is paused or was switched off after errors: switch it on in the Webhooks list first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookline::ServerAccessGroup</name>
    <message>
        <source>Local server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Listens on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To change it, start Hookline with --listen HOST:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1 is not a loopback address, so other machines can reach the local server. Anyone who has the API token can use the API from there. Start with --listen 127.0.0.1:PORT to keep it on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;generate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API to&amp;ken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API token is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate the API token?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scripts and tools that use the current token stop working at once and need the new one. Regenerate?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new token is in use; the old one no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookline::SettingsPage</name>
    <message>
        <source>Teammates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace and e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server and API token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookline::StoreGroup</name>
    <message>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the SQLite file in the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postgre&amp;SQL URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: PGPASSWORD, ~/.pgpass or the password stored before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As postgresql://USER@HOST:PORT/DB. Several Hookline instances on one database share the deliveries. Applies at the next start; --database on the command line takes precedence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at next st&amp;art</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a postgresql://USER@HOST:PORT/DB URL to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: the next start uses the SQLite file in the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: the next start uses this PostgreSQL database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers and is empty: Hookline will create its tables there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers and holds a Hookline store (schema version %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookline::TeammatesGroup</name>
    <message>
        <source>Teammates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teammate&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teammate&apos;s e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd or rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the teammate, or renames the one with this e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the teammate&apos;s e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The teammate was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The teammate was not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookline::WebhookActivityPanel</name>
    <message>
        <source>Activit&amp;y (10 most recent actions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;wnload detailed log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAR (browser developer tools)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the activity log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAR files (*.har)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download detailed log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a webhook first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the detailed log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This webhook no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) saved to %1</source>
        <translation>
            <numerusform>%n request saved to %1</numerusform>
            <numerusform>%n requests saved to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hookline::WebhookEditor</name>
    <message>
        <source>e.g. CRM (empty: named after the URL&apos;s host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t aggregate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 6 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 12 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send each message at once, or one bundle per chat per period (fewer calls for tools that bill per call).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ggregation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook &amp;enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick and save to pause the webhook. To switch it back on, use the buttons above the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: requests are not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gene&amp;rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing se&amp;cret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any 2xx response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly 200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success ru&amp;le:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newest attempts, with request and response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detailed log &amp;keeps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an&amp;d test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves, then sends the workspace&apos;s most recent message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no secret to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the test did not finish in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous webhook was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing: sending the most recent message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test delivered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose which messages this webhook gets, and see which of the latest ones would be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Messages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests started per second at most, for receivers with a rate limit (0: no limit). A receiver that answers 429 with Retry-After is waited for in any case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throttle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push: Hookline posts to the URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull: the receiver reads the feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For receivers that cannot take inbound HTTP: they read GET /api/v1/webhooks/ID/feed and acknowledge what they handled (docs/WEBHOOK-PULL-FEED.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp statuses (sent, delivered, read, failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reactions, as their own event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unticked, a reaction arrives as a message reading “Reacted 👍 to a message”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also send:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requests at once,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only replays, no ne&amp;w messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a receiver that gets what Replay… sends it and nothing else, such as a staging CRM. A replay to another URL or an Inspector name makes such a webhook.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookline::WebhookFilterDialog</name>
    <message>
        <source>Which messages this webhook gets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message the filter turns away is not sent to this webhook (its history in Chats says so). The filter applies to messages that arrive after you save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received and sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct chats and groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct chats only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With or without</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only with an attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only without an attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttachment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any text; e.g. order (case is ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: the text must contain these characters. On: a Perl-style regular expression, such as order\s*#?\d+.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ext contains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Would it match?&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every &amp;message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clears every field: the webhook gets every message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the latest messages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not an account of this workspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest messages could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mend the filter to see which messages it lets through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would be skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no messages yet to try the filter on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of the latest %1 messages would be sent.</source>
        <translation>
            <numerusform>%n of the latest %1 messages would be sent.</numerusform>
            <numerusform>%n of the latest %1 messages would be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message>
        <source>direct chats only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>groups only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with an attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without an attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text matches /%1/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text contains “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the accounts whose messages this webhook gets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None ticked: every account, including ones added later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the messages of the range that the filter lets through are replayed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookline::WebhookHeadersEdit</name>
    <message>
        <source>Show &amp;values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic authentication (user and password)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key header…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values are credentials: masked here, and “REDACTED” in the detailed log, exports and e-mails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name for Basic authentication cannot contain a colon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookline::WebhooksPage</name>
    <message>
        <source>Webhoo&amp;ks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-enable and discard t&amp;hem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Flush now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends what waits for the next bundle window now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This webhook is paused. New messages wait until it is enabled again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This webhook is switched off: %1. New messages wait until it is enabled again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Re-enable and deli&amp;ver the %n waiting message(s)</source>
        <translation>
            <numerusform>Re-enable and deli&amp;ver the %n waiting message</numerusform>
            <numerusform>Re-enable and deli&amp;ver the %n waiting messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not flush: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) on their way.</source>
        <translation>
            <numerusform>%n bundle on its way.</numerusform>
            <numerusform>%n bundles on their way.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was waiting for a bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the webhook “%1”? Messages waiting for it are not sent, and its logs are removed. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook was not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook was not re-enabled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-enabled; the waiting messages are being delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-enabled; the waiting messages were discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the webhooks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1
%2 · %n waiting</source>
        <translation>
            <numerusform>%1
%2 · %n waiting</numerusform>
            <numerusform>%1
%2 · %n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook “%1” has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new webhook is not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-ena&amp;ble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the most recent message once, without re-enabling, to see whether the receiver answers now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next attempt at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trying again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Failing: %n error(s) in a row, %1. It is switched off after %2 more.</source>
        <translation>
            <numerusform>Failing: %n error in a row, %1. It is switched off after %2 more.</numerusform>
            <numerusform>Failing: %n errors in a row, %1. It is switched off after %2 more.</numerusform>
        </translation>
    </message>
    <message>
        <source>The webhook “%1” was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>healthy</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>failing (%n error(s) in a row)</source>
        <translation>
            <numerusform>failing (%n error in a row)</numerusform>
            <numerusform>failing (%n errors in a row)</numerusform>
        </translation>
    </message>
    <message>
        <source>switched off after errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No webhooks yet.

A webhook posts every WhatsApp message to a URL: your CRM, Zapier, or the built-in Inspector. Fill in the form to add one, or try the demo first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;play…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Replay queued: %n message(s).</source>
        <translation>
            <numerusform>Replay queued: %n message.</numerusform>
            <numerusform>Replay queued: %n messages.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · replays only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the messages of a time range once more, to this webhook or to another URL or an Inspector name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>hookline::WorkspaceGroup</name>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: %1, where Hookline listens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner &amp;e-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gets an e-mail when a webhook is disabled after repeated failures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Public base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where chat links and attachment URLs in payloads point. Set it when receivers on other computers must open them (through a tunnel or a reverse proxy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle windows start at 00:00, 06:00, 12:00 and 18:00 in this zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing e-mail (SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget the stored password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hookline@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept an &amp;invalid certificate (a self-signed server you trust)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mail server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;rom address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send test e-m&amp;ail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends a test e-mail to the owner with the saved settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test e-mail sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test e-mail failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password is stored in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password is stored in a file only you can read (no keyring answered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords cannot be stored right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links in payloads may not open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail cannot be sent right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a test e-mail with the saved settings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
