#!/usr/bin/python3
"""A real SMTP server for Hookline's tests (Debian's python3-aiosmtpd).

  smtpserver.py OUT_DIR MODE [CERT KEY]

MODE: plain | starttls | auth | refuse | hang. Every accepted message is parsed with Python's
own e-mail library (an independent reader of what Hookline wrote) and saved as OUT_DIR/N.json.
Prints "ready PORT" when listening; runs until killed.
"""
import asyncio
import email
import email.policy
import json
import os
import socket
import ssl
import sys

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

out_dir, mode = sys.argv[1], sys.argv[2]
USER, PASSWORD = 'hookline', 'correct horse battery staple'


class Saver:
    def __init__(self):
        self.count = 0

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        if mode == 'refuse':
            return '554 5.7.1 Relay access denied'
        envelope.mail_from = address
        return '250 OK'

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.original_content or envelope.content,
                                           policy=email.policy.default)
        parts = {}
        for part in message.walk():
            if part.get_content_maintype() == 'text':
                parts[part.get_content_type()] = part.get_content()
        self.count += 1
        record = {
            'mail_from': envelope.mail_from,
            'rcpt_tos': envelope.rcpt_tos,
            'from_name': message['From'].addresses[0].display_name,
            'from_address': message['From'].addresses[0].addr_spec,
            'to_name': message['To'].addresses[0].display_name,
            'to_address': message['To'].addresses[0].addr_spec,
            'subject': str(message['Subject']),
            'date': str(message['Date']),
            'message_id': str(message['Message-ID']),
            'content_type': message.get_content_type(),
            'text': parts.get('text/plain', ''),
            'html': parts.get('text/html', ''),
            'tls': session.ssl is not None,
            'authenticated': bool(session.authenticated),
            'defects': [str(d) for d in message.defects],
        }
        path = os.path.join(out_dir, '%d.json' % self.count)
        with open(path + '.tmp', 'w', encoding='utf-8') as f:
            json.dump(record, f, ensure_ascii=False)
        os.rename(path + '.tmp', path)
        return '250 Message accepted'


def authenticator(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and auth_data.login == USER.encode() \
        and auth_data.password == PASSWORD.encode()
    # handled=False lets aiosmtpd answer 535 itself on a wrong password.
    return AuthResult(success=ok, handled=False)


def free_port():
    with socket.socket() as s:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]


if mode == 'hang':
    # Accepts connections and never says a word.
    listener = socket.socket()
    listener.bind(('127.0.0.1', 0))
    listener.listen(16)
    print('ready %d' % listener.getsockname()[1], flush=True)
    held = []
    while True:
        connection, _ = listener.accept()
        held.append(connection)

kwargs = {}
if mode in ('starttls', 'auth'):
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(sys.argv[3], sys.argv[4])
    kwargs.update(tls_context=context, require_starttls=True)
if mode == 'auth':
    kwargs.update(authenticator=authenticator, auth_required=True)

port = free_port()
controller = Controller(Saver(), hostname='127.0.0.1', port=port, **kwargs)
controller.start()
print('ready %d' % port, flush=True)
try:
    asyncio.get_event_loop().run_forever()
except KeyboardInterrupt:
    pass
finally:
    controller.stop()
