// English texts for questions about a case already with a person or waiting for an outage fix
// (src/agent/case-questions.ts), and the problem line of a question about another service.
export const caseEn = {
  'case.loan_device':
    'I have noted on case {reference} that you would like to borrow a router in the meantime. {team} will answer you about it here.',
  'case.loan_device.hardware_failure':
    'I have noted on case {reference} that you would like a router in the meantime. The technician brings a new router to the visit, so you get a working one then.',
  'case.restart_meanwhile':
    'A restart will not help with this fault — it is not in the router’s settings. Leave the equipment switched on, so that we can see it from here once the fault is repaired.',
  'case.restart_meanwhile.fiber_los':
    'No, a restart does not help with LOS — the fault is in the fibre line. Leave the fibre box switched on until the technician has been.',
  'case.restart_meanwhile.optical_power_low':
    'Not really — the signal in the fibre is too weak, so the drops will continue until the technician has been. A restart only makes the box reconnect a little faster after a drop.',
  'case.restart_meanwhile.hardware_failure':
    'You can restart it if it stops working completely, but a restart does not remove the fault — the router itself is broken, and the technician replaces it.',
  'case.restart_meanwhile.billing_suspended':
    'A restart will not help: the subscription is paused on our side, and the connection opens again once the payment is registered.',
  'case.restart_meanwhile.outage':
    'No, a restart will not help now — the fault is in our network. Leave the router on: when the fault is fixed, your connection comes back by itself. If it has not within 15 minutes of that, restart the router then.',
  // "would it help if I unplugged the telephone?": the phone on the line, never the router restarted.
  'case.unplug_phone':
    'Unplugging the telephone does no harm, so you can try it. If it changes anything, write that here and I note it on case {reference}.',
  'case.unplug_phone.dsl_low_snr':
    'You can try it: unplug the telephone from the wall jack for a while. If the drops stop while it is out, write that here — it tells the technicians that the phone or its filter is part of the fault. It does no harm either way.',
  // "is it ok to keep using it or will it break something?": the connection used meanwhile, never a restart.
  'case.keep_using':
    'Yes — keep using it as usual in the meantime. Using the connection cannot break anything or make the fault worse, even when it drops now and then.',
  // "did I break it with all the restarts?": whether the customer caused it, never whether a restart helps.
  'case.restart_harm':
    'No — restarting cannot break the router; it is made to be switched off and on. The fault is not something you caused.',
  'case.notify_how':
    '{team} answers you here, in this conversation, within {when}, and calls only if they need to. If you would rather be called, write your phone number here and I add it to the case.',
  'case.notify_sms':
    'I cannot send text messages from here. {team} answers you here, in this conversation, within {when}.',
  'case.notify_sms.outage':
    'I cannot send text messages from here, sorry. The message that the fault is fixed comes here, in this conversation — you do not need to keep the chat open: nothing is lost if you close it.',
  // "will I get an e-mail?": what the desk does — a reply by e-mail only in an e-mail conversation; a chat's news
  // comes in the chat.
  'case.notify_email':
    '{team} answers you here, in this conversation, within {when}; I do not send a separate e-mail about it.',
  'case.notify_email.email': 'Yes — {team} answers you by e-mail, as a reply in this thread, within {when}.',
  // "will they call me or e-mail?": both ways answered — where the answer comes, and a call only when needed.
  'case.notify_either':
    '{team} answers you here, in this conversation, within {when} — not by a separate e-mail — and calls only if they need to. If you would rather be called, write your phone number here and I add it to the case.',
  'case.notify_either.email':
    '{team} answers you by e-mail, as a reply in this thread, within {when}, and calls only if they need to. If you would rather be called, write your phone number here and I add it to the case.',
  'case.notify_email.outage':
    'No, not by e-mail (nor by text message): the message that it is fixed comes here, in this conversation. You do not need to sit and wait for that message, though — your connection comes back by itself when the fault is fixed, and the state of the fault is on our web site.',
  'case.notify_email.outage.again':
    'No e-mail, I am afraid — I cannot send one about this. There is nothing you need to wait for here: your internet comes back on its own once the repair is done, and our web site shows how the repair is going.',
  'case.notify_email.outage.email':
    'Yes — the message that it is fixed comes by e-mail, as a reply in this thread. Your connection comes back by itself when the fault is fixed.',
  'case.chat_closed':
    'Nothing is lost if you close the browser: case {reference} stays open with everything on it. When you come back, write here or give the reference {reference}.',
  'case.phone_noted': 'I have noted your number {phone} on case {reference}.',
  'case.notify_how.outage':
    'I will write to you here, in this conversation, as soon as the fault is fixed — you do not need to ask again.',
  'case.pay_before_answer.billing':
    'You can wait with paying the part you question. I have noted on case {reference} that you dispute the invoice; {ourTeam} looks at it before it is due, and if it is wrong you get a corrected invoice.',
  'case.pay_before_answer.billing_suspended':
    'The subscription stays paused until the invoice is paid or {ourTeam} sees that it already is. They answer you here within {when}.',
  'case.auto_pay.billing_suspended':
    'Sometimes a direct debit does not go through, for example when the mandate has ended or there was not enough money in the account on the day. Payments I cannot see from here, so I have put your question on case {reference}; {ourTeam} sees exactly what happened and answers you here within {when}.',
  'case.auto_pay':
    'Sometimes a direct debit does not go through, for example when the mandate has ended or there was not enough money in the account on the day. Payments I cannot see from here, so I have put your question on case {reference}; {ourTeam} sees exactly what happened and answers you here within {when}.',
  'case.paid_already.billing':
    'Thank you — I have added to case {reference} that you have already paid. {team} checks the payment and answers you here within {when}.',
  'case.paid_already.billing_suspended':
    'Thank you — I have added to case {reference} that you have already paid; {ourTeam} checks the payment and answers you here within {when}.',
  'case.who_handles.billing_suspended':
    'Payments are handled by our billing team. {team} has your case {reference}, checks the payment with them and answers you here within {when}.',
  'case.who_handles':
    '{team} has case {reference} and brings in whoever else is needed; they answer you here within {when}.',
  'case.pay_now.billing_suspended':
    "I can't take a payment {here}. You find the open invoice in {portal} and pay it from there or in your internet bank (e-invoice, or a bank transfer with the OCR reference on the invoice). The connection opens again by itself once the payment has reached us — how soon depends on when the payment is registered, so I cannot promise today.",
  'case.pay_now.billing':
    "I can't take a payment {here}. You find your invoices in {portal} and pay from there or in your internet bank (e-invoice, or a bank transfer with the OCR reference on the invoice). {ourTeam} has case {reference} if something about the invoice is wrong.",
  'case.pay_method.billing_suspended':
    "I can't take a payment {here}, and I cannot see which ways to pay your invoice offers: they are printed on the invoice (in {portal}) — usually your internet bank with the OCR reference, or e-invoice; whether Swish or a card works for it, {ourTeam} answers on case {reference}. The connection opens again by itself once the payment has reached us — how soon depends on when the payment is registered, so I cannot promise today.",
  'case.pay_method':
    "I can't take a payment {here}, and I cannot see which ways to pay your invoice offers: they are printed on the invoice (in {portal}) — usually your internet bank with the OCR reference, or e-invoice. Whether Swish or a card works for it, {ourTeam} answers on case {reference}.",
  'case.amount_owed':
    'I cannot see the amount from here: it is on the invoice in {portal} (under invoices), and {ourTeam} confirms it — and which invoice it is — on case {reference}.',
  'case.pay_undisputed':
    'Yes — paying the amount you agree with (your usual amount) by the due date is the usual way while {ourTeam} looks at the rest. The part you dispute is on case {reference}; they tell you here within {when} whether any of it is to be paid.',
  // Asked again after "that's not what I asked": the same answer, said more directly.
  'case.pay_undisputed.again':
    'To your question, plainly: yes — paying the amount you agree with (your usual amount) by the due date is fine; {ourTeam} decides about the disputed part on case {reference} and answers you here within {when}.',
  'case.pay_undisputed.billing_suspended':
    'The connection opens again once the open invoice is paid. If you dispute part of it, pay the part you agree with now: {ourTeam} has case {reference}, decides about the rest and answers you here within {when}.',
  'case.no_contact':
    'If you have not heard from them within {when}, write here again — or start a new chat and give case {reference} — and we chase {ourTeam} so that someone takes it straight away.',
  'case.back_after_payment.billing_suspended':
    'Once the payment is registered, the connection opens again by itself, usually within a few hours. If you have already paid, {ourTeam} checks it on case {reference}.',
  'compensation.same_case':
    'I have added that to case {reference} as well, so {ourTeam} handles it together with the invoice.',
  'case.how_long': '{team} gets back to you here within {when}.',
  'case.fixed_when':
    'I cannot promise a time for the repair myself: {ourTeam} looks at the fault and tells you within {when} when it can be fixed.',
  'case.which_number':
    'They call the number you give me: write the number they should use here, and I put it on case {reference}.',
  'case.who_contacts': '{team} — case {reference} is with them, and they get back to you here within {when}.',
  'case.cut_off.billing':
    'Paying the amount you agree with by the due date while {ourTeam} looks at the rest is the usual way, and the part you question is on case {reference}. I cannot promise anything about your connection myself: {ourTeam} decides about the disputed part and answers you here within {when}.',
  'case.how_long.field': 'Our field technicians contact you within {when} to agree on a time for the visit.',
  'case.how_long.outage':
    'Our technicians are working on the fault; I will write to you here as soon as it is fixed.',
  'case.noted.billing':
    'Your reminders, payments and direct debit I cannot see from here, so I have put your question on case {reference}; {ourTeam} checks it along with your payment and answers you here within {when}.',
  'case.team_status.not_yet':
    'Not yet — your request is with {ourTeam} on case {reference}, and they answer you here within {when}.',
  'case.team_status.answered':
    'Yes — {ourTeam} has written to you on case {reference}; their answer is here in this conversation. If anything in it is unclear, just write here.',
  'case.noted':
    'I cannot answer that from here, so I have noted your question on case {reference}; {ourTeam} answers it here within {when}.',
  'case.still_active':
    'Nothing is cancelled: your subscription runs as before. Nothing changes until {ourTeam} has agreed it with you and confirmed it in writing.',
  'problem.cancellation': 'cancelling your subscription',
  'secondary.refund_dropped': 'Noted — I will not pass on the refund request.',
  'secondary.denied': 'Sorry, my mistake — you did not. I have dropped it.',
  'problem.subscription_question': 'a question about your subscription',
  'problem.house_move': 'a question about moving your subscription',
  'problem.house_move.to': 'moving your subscription to {address}',
  'problem.house_move.date': 'moving your subscription, moving day {date}',
  'problem.house_move.to.date': 'moving your subscription to {address}, moving day {date}',
  'move.answer.keep':
    'A subscription can move with you as long as we deliver to the new address; our sales team checks the address and confirms it with you.',
  'move.answer.or_cancel':
    'Nothing is cancelled now. If you would rather cancel than move, our sales team tells you the terms when they contact you, so you can decide then.',
  'move.answer.when':
    'Tell us the moving day at least two weeks ahead: we then end the service at the old address and start it at the new one on the same day where possible. Our sales team confirms the day when they contact you.',
  'move.answer.date_rough':
    'An approximate date is enough for now: our sales team agrees the exact moving day with you when they contact you. It helps to know it at least two weeks before the move.',
  'move.answer.router':
    'When you move the subscription, the router goes with you: take it along and connect it at the new address. Nothing needs to be sent back.',
  'move.answer.address':
    'Our sales team checks which connection is available at the new address and confirms everything when they contact you.',
  'cancel.answer.notice':
    'The notice period is one month, unless your contract says otherwise — you pay until its last day, not for the months after. Our sales team confirms the exact last day in writing when they take the cancellation.',
  'cancel.answer.router':
    'Yes — the router goes back to us: return it in the prepaid package within 30 days after the last day, otherwise we charge for it.',
  'cancel.answer.package':
    'Yes — we post you a prepaid return package after your last day. Put the router in it and hand it in at a post office or parcel point; there is nothing to pick up.',
  'cancel.answer.last_day':
    'You can ask for that: the date you want goes to our sales team with your case, and they confirm the last day in writing.',
  'cancel.answer.how':
    'Yes — you can cancel {here}; chat, e-mail and phone all work. The account holder just needs to be verified first, with the customer number and PIN.',
  'cancel.answer.verify':
    'Not without verification, I am afraid: a cancellation needs the account holder to be verified with the customer number and PIN. Once you are verified, I pass the cancellation to our sales team straight away.',
  'cancel.noted':
    'I have also put your question on case {reference}, so that the colleague who takes it can confirm it for you.',
  'problem.security_worry': 'a worry that someone else is on your network or router',
  'problem.other_service.tv': 'a question about TV',
  'problem.other_service.mobile': 'a question about mobile service',
  'problem.other_service.email': 'a question about e-mail',
  'reply.what_happens_next.consent.wifi_change':
    'Yes — devices on the Wi-Fi, a smart TV too, drop off for a moment, and after a new password or network name each one connects again with the new details.',
};
