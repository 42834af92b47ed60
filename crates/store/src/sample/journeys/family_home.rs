//! Family home: the seed's story of the triple-play as it is today — three weeks, 21 calls
//! and three technician visits before the household is connected.

use super::super::segments::FAMILY_HOME;
use super::*;

pub(super) const JOURNEY: JourneySpec = JourneySpec {
    segment: FAMILY_HOME,
    name: "Get the home triple-play",
    description: "As-is journey of a family of four who move house and buy mobile, broadband, \
        IPTV and a fixed line as one bundle. The bundle is sold as one product but ordered, \
        installed and billed by four silos: the family waits three weeks, makes 21 calls and \
        takes three days off for technicians.",
    steps: STEPS,
};

#[rustfmt::skip]
const STEPS: &[StepSpec] = &[
    // Discover
    act(DISCOVER, WEB, "Marketing", 1, 2, "Compares home bundles after moving house")
        .says("The family has moved into a new flat and needs broadband for work and school, TV for \
               the living room and mobiles for four people.")
        .pains(&["Mobile, broadband and TV are priced on separate pages; the monthly total is hard to work out"])
        .opps(&["One entry point and one price for every service of the household (Telstra)"]),
    front(DISCOVER, ADS, "Marketing", 2, 1, "Sees the 'whole home, one bundle' campaign")
        .says("TV spots and leaflets promise the home triple-play with installation included.")
        .pains(&["The campaign promises 'connected in days'; the silos behind it take weeks"])
        .opps(&["Promise the time to activate that the activation flow can actually deliver"]),
    // Choose
    front(CHOOSE, SHOP, "Retail shops", 0, 3, "Assistant builds the bundle on three screens")
        .says("The assistant prices the mobiles in the CRM, checks the line speed in a broadband tool \
               and reads the TV packs from a printed sheet.")
        .pains(&["The assistant phones a colleague to confirm the broadband speed at the address",
                 "Forty minutes for a quote while the children wait"])
        .opps(&["One standard sales process and one configurator for every product (Orange)"]),
    // Order
    front(ORDER, SHOP, "Retail shops", 1, 3, "Signs the triple-play contract in the shop")
        .says("Four mobiles, 500 Mbit/s broadband, IPTV with two set-top boxes and a fixed line on one \
               contract.")
        .pains(&["Name, address and ID are keyed into three order screens, one per silo"])
        .opps(&["Capture the order once and share it with every silo"])
        .task("sale"),
    back(ORDER, "CRM / order management", 0, 1, "Credit check, then the order is split by silo")
        .says("Order management checks credit and sends separate orders to Mobile BSS, Broadband OSS, \
               the IPTV platform and Fixed-line OSS.")
        .pains(&["No master order: nobody can see the status of the bundle as a whole"])
        .opps(&["One bundle order with one status that the shop, the call centre and the customer all see"])
        .task("credit-check"),
    dept(ORDER, "Broadband OSS", 0, 1, "Broadband re-keys the order from a printout")
        .says("The broadband back office types the order into its own OSS and books a line check.")
        .pains(&["Re-keying errors send about one order in ten back to the shop"])
        .opps(&["Orders flow from the CRM to every OSS without re-keying"])
        .task("bb-order-entry"),
    // Activate
    act(ACTIVATE, SMS, "Mobile BSS", -2, 3, "SIMs arrive, but one number fails to port")
        .says("Three mobiles work within two days; the mother's number is stuck with the old operator.")
        .pains(&["Two calls to the mobile hotline to restart the porting"])
        .opps(&["Port every number in one step, checked before the SIMs are sent"])
        .task("mob-porting"),
    front(ACTIVATE, CALL_OUT, "Broadband OSS", -2, 3, "Broadband calls to book a technician")
        .says("A broadband agent calls to book the line installation.")
        .pains(&["Asked again for the address and contract number given in the shop",
                 "Only weekday morning slots, ten days away"])
        .opps(&["Book one visit for every service, in the shop or the app, at signing"])
        .task("bb-schedule-call"),
    front(ACTIVATE, TECH, "Field service", -2, 4, "First technician visit: broadband")
        .says("The technician connects the line and the router; the TV boxes are 'another team'.")
        .pains(&["A day off work for an 8:00–13:00 slot; the technician arrives at 12:40",
                 "He cannot touch the set-top boxes waiting in the hall"])
        .opps(&["One technician visit installs every service (Verizon: one access line)"])
        .task("bb-tech-visit"),
    front(ACTIVATE, TECH, "Field service", -3, 5, "Second technician visit: the IPTV boxes")
        .says("A week later a TV technician installs the set-top boxes.")
        .pains(&["A second day off in a fortnight",
                 "The TV technician has no record of the broadband visit and re-tests the line"])
        .opps(&["Technicians see the whole bundle order and its history"])
        .task("tv-tech-visit"),
    front(ACTIVATE, TECH, "Field service", -3, 5, "Third technician visit: the fixed line")
        .says("The fixed-line technician comes last, to move the landline to the new flat.")
        .pains(&["A third technician visit for a socket the first technician could have wired"])
        .opps(&["One access line and one visit for broadband, TV and phone (Verizon)"])
        .task("fix-tech-visit"),
    act(ACTIVATE, CALL_IN, "Call centre", -3, 5, "Calls again and again to chase the TV and the landline")
        .says("Over three weeks the parents make 21 calls to book, re-book, chase and check each service.")
        .pains(&["21 phone calls to chase one order",
                 "Repeats the whole story to every agent; each sees only their own silo"])
        .opps(&["Push one bundle status by SMS and in the app so the customer never has to chase"])
        .task("tv-chase"),
    dept(ACTIVATE, "Field service", -3, 4, "Three silos book three separate visits")
        .says("Workforce scheduling receives three work orders from three systems and plans them \
               independently.")
        .pains(&["Nobody coordinates the visits; each silo only knows its own work order"])
        .opps(&["One coordinated work order and one visit per household"]),
    // Use
    act(USE, BILL, "Billing", -2, 3, "Receives three first bills in the same week")
        .says("Mobile, broadband-and-TV and the landline each send their own first bill.")
        .pains(&["Three bills with different dates and account numbers",
                 "The installation fee is charged twice"])
        .opps(&["One bill for the whole bundle (Verizon)"])
        .task("bills-received"),
    front(USE, APP, "IPTV platform", 2, 1, "Family evening: TV, streaming and homework all online")
        .says("Once everything works, the bundle does what it promised.")
        .opps(&["Services built around the bundle (StarHub): one app for the TV, Wi-Fi and mobiles"]),
    // Support
    act(SUPPORT, CALL_IN, "Call centre", -3, 4, "Calls about the double installation fee")
        .says("The mother calls to get the duplicate fee refunded.")
        .pains(&["Billing sends her to Broadband and Broadband sends her back to Billing",
                 "Three more calls before anyone accepts the complaint"])
        .opps(&["Whoever takes the call owns it until it is resolved"])
        .task("bill-query"),
    dept(SUPPORT, "Call centre", -2, 3, "The complaint is passed between departments")
        .says("The complaint ticket moves between the call centre, Billing and Broadband.")
        .pains(&["No owner, no deadline, no feedback loop: the family learns the outcome from the next bill"])
        .opps(&["One case owner, a promised date and a call back when it is fixed"]),
    back(SUPPORT, "Billing", -1, 2, "Billing credits one of the three accounts")
        .says("The refund is applied to the broadband account, not to the one that was charged.")
        .pains(&["Three billing accounts for one customer make refunds error-prone"])
        .opps(&["One account and one bill for the bundle"]),
    // Renew
    front(RENEW, CALL_OUT, "Call centre", 0, 2, "Retention call before the contract ends")
        .says("An agent offers a discount to renew for two more years.")
        .pains(&["The offer ignores the installation ordeal the family went through"])
        .opps(&["A personal offer based on the household's use, rather than a price war"]),
    act(RENEW, WEB, "Marketing", -1, 2, "Weighs a rival bundle with one bill and one visit")
        .says("A neighbour's provider installed everything in one visit and sends one bill; the parents compare.")
        .pains(&["A bad service experience gives 85% of customers a reason to switch"])
        .opps(&["Review the household's experience before the renewal call"]),
];
