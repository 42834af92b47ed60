//! Senior: the shop is the only place they trust, but after the sale the shop is left out;
//! unknown callers, three technicians, a dead landline and three paper bills follow.

use super::super::segments::SENIOR;
use super::*;

pub(super) const JOURNEY: JourneySpec = JourneySpec {
    segment: SENIOR,
    name: "Get the home bundle in the shop",
    description: "As-is journey of a retired couple who have had the same landline number for \
        thirty years and add broadband, IPTV and mobiles in their local shop. They are patient, \
        but the activation happens by phone and at the door, where they are least at ease.",
    steps: STEPS,
};

#[rustfmt::skip]
const STEPS: &[StepSpec] = &[
    // Discover
    act(DISCOVER, POST, "Marketing", 1, 1, "Reads a bundle leaflet sent with the paper bill")
        .says("The leaflet promises more TV channels and a mobile for each of them at a small extra cost.")
        .pains(&["Small print full of Mbit/s and GB"])
        .opps(&["Plain-language leaflets with a shop contact name"]),
    front(DISCOVER, SHOP, "Retail shops", 2, 2, "Asks at the local shop whether the TV bundle suits them")
        .says("The assistant knows them by name and explains the offer over a cup of tea.")
        .opps(&["Store assistance as the seniors' main channel, from sale to support"]),
    // Choose
    act(CHOOSE, SHOP, "Retail shops", 0, 3, "Comes back with their son to decide")
        .says("They return on Saturday so their son can check the contract and the devices.")
        .pains(&["They need a family member to translate the plan terms"]),
    front(CHOOSE, SHOP, "Retail shops", 1, 2, "The assistant keeps the landline number in the bundle")
        .says("The fixed line stays, with the number they have had for thirty years.")
        .opps(&["A named shop adviser who follows the order to the end"]),
    // Order
    front(ORDER, SHOP, "Retail shops", 1, 3, "Signs a paper contract in the shop")
        .says("The assistant keys the order and prints the contract.")
        .pains(&["Told 'the technicians will contact you': no date, no name, no one to call"])
        .opps(&["Book the single installation visit in the shop, with a printed confirmation"])
        .task("sale"),
    back(ORDER, "Fixed-line OSS", 0, 1, "Fixed-line order re-keyed to keep the number")
        .says("The fixed-line back office re-keys the order and reserves the number on the new line.")
        .pains(&["The shop cannot see this order any more once it leaves the CRM"])
        .task("fix-order-entry"),
    // Activate
    front(ACTIVATE, CALL_OUT, "Fixed-line OSS", -1, 3, "Unknown numbers call to book visits")
        .says("Three different teams phone to book three installation appointments.")
        .pains(&["Three calls from unknown numbers; they suspect a scam and hang up on one",
                 "Each caller asks for the same details again"])
        .opps(&["One call from a named person, or the booking made in the shop"])
        .task("fix-schedule-call"),
    front(ACTIVATE, TECH, "Field service", -1, 3, "First technician: the broadband router")
        .says("The router is installed in the hall; the technician leaves the Wi-Fi password on a sticker.")
        .pains(&["Nobody explains what the router is for or what the next visits are"])
        .task("bb-tech-visit"),
    front(ACTIVATE, TECH, "Field service", -2, 4, "Second technician: the TV box, on another day")
        .says("A different technician installs the set-top box and a second remote.")
        .pains(&["Another morning waiting at home for a technician visit"])
        .opps(&["One technician visit for every service"])
        .task("tv-tech-visit"),
    front(ACTIVATE, TECH, "Field service", -3, 4, "Third technician moves the landline; it is dead for two days")
        .says("The fixed line is switched to the new access line but does not come back.")
        .pains(&["Without the landline they cannot call anyone; the new mobiles are still in their boxes"])
        .opps(&["Never cut the landline before the new one is tested"])
        .task("fix-tech-visit"),
    act(ACTIVATE, CALL_IN, "Call centre", -3, 5, "Calls the hotline from a neighbour's phone; lost in the voice menu")
        .says("Six menu options, none for 'my bundle'; transferred three times.")
        .pains(&["Each transfer means telling the story again", "The calls cost the neighbour's phone credit"])
        .opps(&["A direct line to a person for senior customers, or help in the shop the same day"])
        .task("fix-chase"),
    dept(ACTIVATE, "IPTV platform", -2, 2, "TV box activation needs a code sent by SMS")
        .says("The IPTV platform sends the activation code to the new mobile, which is not yet in use.")
        .pains(&["They end up calling to have the code read out"])
        .opps(&["Activate the box during the technician visit"])
        .task("tv-stb-call"),
    // Use
    act(USE, NONE, "IPTV platform", 1, 2, "Watches the opera channel with the new remote")
        .says("The TV works well once their son has labelled the buttons.")
        .pains(&["Two remotes; the new one also switches off the old TV"])
        .opps(&["A printed quick guide in large type, left by the technician"]),
    front(USE, BILL, "Billing", -2, 3, "Three paper bills arrive in one month")
        .says("Mobile, broadband and TV, and the landline each send their own bill.")
        .pains(&["They cannot tell which bill is which, or whether they are paying twice"])
        .opps(&["One printed bill, in large type, for the whole bundle (Verizon)"])
        .task("bills-received"),
    // Support
    front(SUPPORT, SHOP, "Retail shops", -1, 3, "Bring the bills to the shop")
        .says("The assistant they trust cannot see the bills or change them.")
        .pains(&["The shop sends them to the hotline they dread"])
        .opps(&["Store assistance: shop staff can resolve bills and faults for the customer"]),
    act(SUPPORT, CALL_IN, "Call centre", -2, 4, "Call about the duplicate installation charge")
        .says("After two calls the agent promises a refund.")
        .task("bill-query"),
    dept(SUPPORT, "Billing", -2, 2, "Refund promised, never confirmed")
        .says("The refund is processed weeks later without telling the customer.")
        .pains(&["No feedback loop: they find out from the next bill, and keep calling to check"])
        .opps(&["Confirm by letter or phone when a complaint is closed"]),
    // Renew
    front(RENEW, CALL_OUT, "Call centre", 0, 2, "A call offering a pricier plan")
        .says("An outbound sales call offers a faster broadband plan at contract end.")
        .pains(&["They are offered more speed they do not need"])
        .opps(&["Reward tenure with service, not only with price"]),
    act(RENEW, SHOP, "Retail shops", 1, 2, "Stay, because the shop assistant knows them")
        .says("They renew in the shop, where the same assistant talks them through the new contract.")
        .pains(&["Retention is not loyalty: they stay out of habit, not satisfaction"])
        .opps(&["Keep the shop in the loop after the sale"]),
];
