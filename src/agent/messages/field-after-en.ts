// English texts for a field case after the handoff: a cancelled visit wanted again (src/agent/visit-rebook.ts),
// a cancellation that only wonders about another cause (src/agent/visit-hold.ts), and the customer's
// questions answered from the fault found (src/agent/field-questions.ts), per root cause.
export const fieldAfterEn = {
  'visit.rebooked':
    'Done — I have booked the technician again: {window} (reference {reference}). I have told our field technicians that the visit stands after all, so it is no longer cancelled.',
  'visit.rebooked_nearest':
    'Done — there is no free visit at the times you gave, so I have booked the technician again for the nearest free time: {window} (reference {reference}). I have told our field technicians that the visit stands after all. If that does not suit you, tell me when you can.',
  'visit.rebook_noted':
    'I have noted on case {reference} that you want the technician visit after all; our field team agrees on the time with you here.',
  'visit.hint':
    'That could be related, but the fault I measured is still there and does not usually clear by itself: a technician needs to look at it.',
  'visit.hint.docsis_power_out_of_range':
    'That could well be related: work on the building’s cable-TV network can push the signal at your outlet out of range, and that is what I measure. It does not come right by itself, though — it has to be adjusted.',
  'visit.hint.fiber_los':
    'That could be the reason — work nearby can damage the fibre. But a red LOS light means no light reaches your fibre box, and that does not come back by itself: a technician has to repair it.',
  'visit.hint.optical_power_low':
    'Work nearby could be the reason: the fibre signal reaching you is too weak, which comes from a damaged or strained fibre or a dirty connector. It does not get better by itself; a technician has to find and fix it.',
  'visit.hint.hardware_failure':
    'That is not it, I am afraid: your router reports a fault in its own hardware. It will not fix itself; the technician replaces the router.',
  'visit.keep_or_hold':
    'Shall I keep your visit on {window} (reference {reference}), or hold it for now? Until you tell me, the visit stays booked.',
  'visit.kept_after_all':
    'Good — your technician visit on {window} stands (reference {reference}). I have noted for our field technicians that you want it.',
  'visit.held':
    'Understood — I have put the visit on hold on case {reference}, and our field technicians will not come until you say. If the problem continues, just write here and I will book it again.',
  'after.new_router':
    'The technician brings what is needed for the fault we found, and replaces your router on the spot if it turns out to be faulty.',
  'after.new_router.hardware_failure':
    'Yes — your router reports a hardware fault, so the technician brings a new router and sets it up for you, free of charge.',
  'after.new_router.fiber_los':
    'No new router is needed: your router is fine — the fault is on the fibre line, and the technician brings what is needed to repair it.',
  'after.new_router.optical_power_low':
    'No new router is needed: your router is fine — the fibre signal is too weak, and the technician brings what is needed to fix the fibre.',
  'after.new_router.docsis_power_out_of_range':
    'No new modem is needed: your modem is fine — the signal on the cable network is out of range, and the technician adjusts it.',
  // "so no internet until Thursday?": what the connection does until the visit, from the fault found.
  'after.until_visit':
    'The fault I found stays until the technician has fixed it, so expect the connection to behave as it does now until the visit. If it gets worse, write here and it goes onto your case.',
  'after.until_visit.docsis_power_out_of_range':
    'Your internet still works, but it may drop now and then until the technician has adjusted the signal at the visit.',
  'after.until_visit.optical_power_low':
    'Your internet still works, but it may be unsteady or drop now and then until the technician has fixed the fibre signal at the visit.',
  'after.until_visit.dsl_low_snr':
    'Your internet still works, but it may drop now and then until the line has been fixed.',
  'after.until_visit.fiber_los':
    'Unfortunately yes — with no light reaching your fibre box the internet does not work until the technician has repaired the fibre. Meanwhile, sharing your mobile’s connection (hotspot) is the quickest way online.',
  'after.until_visit.hardware_failure':
    'The router may keep restarting or dropping the connection until the technician has replaced it; when it works in between, you can go on using it.',
  'after.fixes_itself':
    'Not likely — the fault I found does not usually clear by itself, so I would keep the technician visit.',
  'after.fixes_itself.fiber_los':
    'No — a red LOS light means no light reaches your fibre box, and a broken or damaged fibre does not come back by itself. A technician has to repair it, so I would keep the visit.',
  'after.fixes_itself.optical_power_low':
    'Unlikely — a weak fibre signal comes from the fibre or its connectors and does not get better by itself. A technician has to fix it, so I would keep the visit.',
  'after.fixes_itself.docsis_power_out_of_range':
    'No — a signal out of range on the cable network does not right itself; it has to be adjusted, so I would keep the visit.',
  'after.fixes_itself.hardware_failure':
    'No — a hardware fault in the router does not go away; the router has to be replaced, so I would keep the visit.',
  'reply.my_side.fiber_los':
    'Nothing you did: my tests show that no light reaches your fibre box. The fault is on the fibre line, not in your devices, and repairing it is free of charge.',
  'reply.my_side.optical_power_low':
    'Not in your devices: my tests show the fibre signal reaching your fibre box is too weak — in the fibre or its connectors. The technician finds where, free of charge.',
  'reply.my_side.docsis_power_out_of_range':
    'Nothing you did: my tests show the signal level at your cable outlet is out of range. That is in the cable network up to your outlet, not your modem, and adjusting it is free of charge.',
  'reply.my_side.hardware_failure':
    'Only the router: it reports a hardware fault itself. Nothing you did — it is our equipment, and we replace it free of charge.',
  'after.meanwhile.fault':
    'Until it is fixed, the quickest way online is your mobile phone as a hotspot (Personal Hotspot or Mobile hotspot in its settings) for your computer. Keep the router plugged in, so that we can test it from here; whenever it works in between, a network cable to the computer is steadier than Wi-Fi.',
  'after.meanwhile.field':
    'Until the technician has been, the quickest way online is your mobile phone as a hotspot (Personal Hotspot or Mobile hotspot in its settings) for your computer. Keep the router plugged in; whenever it works in between, a network cable to the computer is steadier than Wi-Fi.',
  'compensation.with_billing':
    'That is with our billing team already, as case {linked}: they decide on a reduction for the days it did not work and answer you here within {when}. I have added what you wrote to that case.',
  'summary.next.visit': 'a technician visits you {window}; if that time does not suit you, write here.',
};
