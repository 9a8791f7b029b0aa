// English texts for turns that close or hand over a case in the customer's terms: a request carried
// out (nothing was broken), a technician visit the customer does not want, a question the catalogue
// has no answer for, and contact details for someone who is not a customer yet.
export const repairEn = {
  'ask.resolution.confirm.request': 'Is everything as you wanted it now?',
  'problem.wifi_rename': 'renaming your Wi-Fi network',
  'reply.cannot_answer':
    'That is not something I can answer myself, so I have noted your question on case {reference} — a colleague will answer it here.',
  'why.confirm':
    'What I need to know now is whether your problem is gone after what I just did, so that I can close the case or try the next thing.',
  'why.confirm.request':
    'What I need to know now is whether the change I just made is what you wanted — nothing else on your connection has been touched.',
  'why.identity':
    'Before I can look at your subscription or change anything, I need to know that I am talking to the account holder.',
  'why.consent': 'I only change something on your router when you say yes — the choice is yours.',
  'why.step':
    'This is something only you can do at the router, and it tells me whether the fault is in your home or on our side.',
  'why.config': 'I need these details to make the change on your router.',
  // "måste jag?", "do I have to?" about the question pending (answerFor must_i).
  'reply.must_i.step':
    'Not if you cannot: it only helps me tell whether the fault is in your home or on our side. If you can’t do it, just say so and we go on another way.',
  'reply.must_i.step.wired_test':
    'No — if you don’t have a network cable, we test over Wi-Fi close to the router instead. Just tell me.',
  'reply.must_i.consent':
    'It is up to you: I only change something on your router when you say yes. It is the step I would take for the fault I found, but if you say no, nothing is changed.',
  'reply.move_router.step.move_closer':
    'No need to move the router — taking your device closer to it is enough for this test.',
  'reply.must_i.identity':
    'Yes, I’m afraid so: before I can look at your subscription or change anything, I need to know that I am talking to the account holder.',
  'why.availability':
    'I ask so that the technician can reach you at a time that suits you; you can also say that you do not want a visit.',
  'why.clarify': 'Your answer tells me which of the two to help you with first.',
  'why.check': 'Your answer tells me where to look for the fault.',
  'reply.are_you_bot':
    'I am Frontline, the automated support technician — not a person. I can test and fix most things myself straight away; if you would rather have a person, just say so and I will pass you on.',
  // With one network name for both bands (the customer said so): never "pick the -5G name".
  'advice.wifi_limited.still_slow.one_network':
    'Then your line and router deliver the speed you pay for — what holds it back is the Wi-Fi. Your device is on the 2.4 GHz band, which is slower and more crowded. With one network name the router picks the band itself, and it chooses 5 GHz when you are close enough: so keep the device in the same room as the router if you can, place the router in the open, and use a cable for devices that need full speed. Nothing on our side needs fixing, so I am closing the case — just write here if it is still slow close to the router.',
  // "No, still not working" after the Wi-Fi advice, with no test on a cable or close to the router done.
  'advice.wifi_limited.untested':
    'Our own speed test at your router reaches the speed you pay for, so your line and router deliver it — what holds it back on your device is the Wi-Fi, and a technician could not make that faster from here. Your device is on the slower 2.4 GHz band: close to the router, connect it to the 5 GHz network (usually the same name with “5G” or “5GHz” at the end, same password), place the router in the open and centrally, and use a network cable for devices that need full speed; further away, a mesh unit helps. Nothing on our side needs fixing, so I am closing the case with this advice — if a speed test next to the router on 5 GHz, or over a cable, is slow too, write here again and we look further.',
  'advice.wifi_limited.still_slow':
    'Then your line and router deliver the speed you pay for — what holds it back is the Wi-Fi. Your device is on the 2.4 GHz band, which is slower and more crowded. Connect it to the router’s 5 GHz network instead (usually the same name with “5G” or “5GHz” at the end; both names are on the sticker under the router), keep it in the same room as the router if you can, and use a cable for devices that need full speed. Nothing on our side needs fixing, so I am closing the case — just write here if it is still slow on 5 GHz.',
  'visit.remote':
    'A restart or reset from here would not fix this: the fault is in the line or the equipment itself, not in a setting, and what can be done remotely has been done.',
  'visit.remote.fiber_los':
    'A restart from here would not help: no light reaches your fibre box, so the fault is in the fibre line itself, not in the router.',
  'visit.remote.optical_power_low':
    'A restart from here would not help: the fibre signal reaching your home is too weak, and that is in the fibre itself, not in the router’s settings.',
  'visit.remote.hardware_failure':
    'I have already restarted the router from here and the fault came back — the router itself is broken, so it needs replacing.',
  'escalated.field.no_visit':
    'Then I will not book a visit. I have passed your case to our field technicians (reference {reference}) with everything I found, and noted that you do not want a visit now. They contact you within {when}, and nobody comes without your agreement.',
  'reply.five_ghz_name.wifi_ssid_change':
    'The rename covered both bands: your 5 GHz network now has the same new name as the 2.4 GHz one, so the old name ending in “5G” drops off the list within a minute or so. You see one name, and your device picks the band itself. If you want a name of its own for 5 GHz, just say so.',
  'reply.five_ghz_name.wifi_rename_request':
    'Yes — the rename covers both bands, 2.4 and 5 GHz: both get the new name, so the old name ending in “5G” goes away. If you want a name of its own for 5 GHz, just say so.',
  'reply.five_ghz_name':
    'Your router sends both bands. The 5 GHz network usually has the same name as your usual one with “5G” or “5GHz” at the end, and the same password; both names are on the sticker under the router. Pick it on your device when you are in the same room as the router or close to it.',
  'not_customer.contact':
    'So that our sales team can reach you, write your name and a phone number or e-mail address here.',
  'not_customer.contact_noted':
    'Thank you — I have added your contact details to case {reference}, so our sales team can reach you on {contact}.',
  'not_customer.contact_updated':
    'Thank you — I have changed the contact details on case {reference}: our sales team will reach you on {contact}.',
  'not_customer.address_noted':
    'I have also noted the address {address}, so that our sales team can check what is available there.',
  'sales.price':
    'The price depends on the address and the speed you choose, so I cannot tell you from here — our sales team gives you an exact price when they contact you.',
  'sales.availability':
    'Whether we can deliver fibre to the address depends on the address itself, and our sales team will tell you.',
  'sales.install_time':
    'It depends on the address: where the building already has our fibre, it is usually a couple of weeks from the order; where fibre has to be brought in, it takes longer. Our sales team gives you the exact date when they get in touch.',
  'not_customer.prefers_noted.sms': 'I have also noted that our sales team should text you rather than call.',
  'not_customer.prefers_noted.email':
    'I have also noted that our sales team should e-mail you rather than call.',
  'not_customer.prefers_noted.phone': 'I have also noted that you would rather be called.',
  'not_customer.prefers_kept.sms': 'Yes — it is on the case that our sales team should text you, not call.',
  'not_customer.prefers_kept.email':
    'Yes — it is on the case that our sales team should e-mail you, not call.',
  'not_customer.prefers_kept.phone': 'Yes — it is on the case that you would rather be called.',
  'not_customer.when_noted': 'I have also noted that they should call you {when}.',
  'not_customer.when_kept': 'Yes — it is on the case that they should call you {when}.',
  'sales.be_home':
    'Usually yes: someone aged 18 or over needs to be at home to let the installer in. Our sales team books the time with you, so you can choose one that suits you.',
  'sales.personal_id':
    'Whether you can sign up without a Swedish personnummer, and which ID a contract needs instead, our sales team tells you — it is not something I decide here.',
  'sales.phone':
    'I have no phone number for our sales team to give you here — you do not need to call: they contact you themselves, at the phone number or e-mail address on your case.',
  'sales.own_router':
    'Yes — a router comes with the subscription, and you can use your own router or mesh system with it: connect it to one of our router’s network ports and set it to access-point mode (often called AP or bridge mode in its app). What you lose is our remote help on your own equipment — we can see and fix only ours.',
  'sales.equipment.included':
    'Yes — a router is included in the subscription, so you do not need to buy one of your own; our sales team tells you the exact terms for your address.',
  'sales.equipment':
    'A router comes with the subscription, so you do not need to buy one of your own; our sales team tells you the exact terms for your address.',
  'not_customer.name_noted': 'Thank you, {name} — I have corrected your name on case {reference}.',
  'not_customer.contact_noted.named':
    'Thank you, {name} — I have added your contact details to case {reference}, so our sales team can reach you on {contact}.',
  'sales.included':
    'Whether that is included in your subscription or costs extra I cannot see from here; our sales team can tell you.',
  'sales.noted': 'I have added your question to case {reference}.',
  'not_customer.outage_passes':
    'A fault like this is repaired in days at most, so it does not stand in the way of a new subscription or a move later on.',
  'not_customer.no_outage': 'There is no known fault in our network right now.',
  'not_customer.outage_where':
    'Which town or district do you mean? Then I can tell you whether there is a known fault there.',
  'not_customer.nothing_to_do':
    'No, nothing — you only need to wait: our sales team contacts you on the details you gave, within 24 hours (case {reference}).',
  'not_customer.noted':
    'I have added that to your case {reference}, so our sales team sees it when they contact you.',
  'not_customer.is_customer':
    'Then it is a move of your subscription rather than a new one: I will note that on case {reference} for our sales team. A move changes your account, so I need to verify you first.',
  'not_customer.no_number_needed':
    'That is right — you need no customer number. Your request is with our sales team on case {reference}, and they will contact you.',
  'problem.new_customer.to': 'a new subscription at {address} (not a customer yet)',
  'problem.equipment': 'new equipment from us to buy or rent (a router, for instance)',
  'problem.new_customer': 'a new subscription (not a customer yet)',
  'person.heard': 'Of course — I will pass you to a colleague.',
  'person.heard.billing':
    'Of course — the people who can look at your invoice are in our billing team, and I will pass your question to them.',
  'person.heard.account_change':
    'Of course — changes to your subscription are handled by the people in our sales team, and I will pass your request to them.',
  'person.heard.identity':
    'Of course — you will get a colleague, and once your account is verified they have it in front of them straight away.',
  'person.identify_first.again':
    'Yes — you will get a person. So that they can see your line straight away: what is your customer number? If you do not have it at hand, just write “no” and I will pass you on now.',
  'reply.anything_else.contact.availability':
    'Nothing more can be done from here for this fault — it has to be repaired on site. If you would rather not have a visit now, just say so and I will pass your case on without booking one.',
};
