package no.takt.demo;

import java.util.List;

/** The 25 demo customers: businesses and private persons around Norway, two in Denmark, one in Sweden. */
final class DemoCustomers {

    private DemoCustomers() {
    }

    /**
     * @param terms    "14", "30" or "AG" (AvtaleGiro)
     * @param contacts the first is the default "your reference"
     */
    record Spec(String name, String organizationNumber, String country, String street, String postcode, String city,
                String email, boolean peppol, String terms, boolean freight, List<String> groups,
                List<Person> contacts) {
    }

    record Person(String name, String email, String phone) {
    }

    private static Person contact(String name, String email, String phone) {
        return new Person(name, email, phone);
    }

    static final List<Spec> ALL = List.of(
            new Spec("Nordlys Regnskap AS", "910434454", "NO", "Kirkegata 15", "0153", "Oslo", "faktura@nordlysregnskap.no",
                    true, "14", false, List.of("Bedrift"),
                    List.of(contact("Siri Lund", "siri@nordlysregnskap.no", "+47 911 11 111"))),
            new Spec("Bergen Båtservice AS", "910642170", "NO", "Bryggen 7", "5003", "Bergen", null, true, "30", true,
                    List.of("Bedrift"), List.of(contact("Per Olsen", "per@batservice.no", "+47 922 22 222"),
                    contact("Lise Vik", "lise@batservice.no", null))),
            new Spec("Trondheim Tannklinikk AS", "911169673", "NO", "Munkegata 20", "7011", "Trondheim",
                    "post@trondheimtann.no", false, "14", false, List.of("Bedrift"),
                    List.of(contact("Dr. Anne Moe", "anne@trondheimtann.no", "+47 733 00 000"))),
            new Spec("Stavanger Sveis og Montasje AS", "912032868", "NO", "Kongsgårdbakken 3", "4005", "Stavanger",
                    "regnskap@stavangersveis.no", true, "30", true, List.of("Bedrift"),
                    List.of(contact("Tor Eide", "tor@stavangersveis.no", "+47 944 44 444"))),
            new Spec("Tromsø Turistsenter AS", "912106144", "NO", "Storgata 88", "9008", "Tromsø", "faktura@tromsotur.no",
                    true, "14", false, List.of("Bedrift", "Nord-Norge"),
                    List.of(contact("Elin Isaksen", "elin@tromsotur.no", "+47 955 55 555"))),
            new Spec("Kristiansand Kafé og Bakeri AS", "912211088", "NO", "Markens gate 12", "4611", "Kristiansand",
                    "kafe@krsbakeri.no", false, "14", false, List.of("Bedrift"),
                    List.of(contact("Jonas Dahl", "jonas@krsbakeri.no", null))),
            new Spec("Drammen Elektro AS", "912923479", "NO", "Bragernes torg 4", "3017", "Drammen", null, true, "30",
                    true, List.of("Bedrift"), List.of(contact("Mona Strand", "mona@drammenelektro.no", "+47 966 66 666"))),
            new Spec("Bodø Fiskeeksport AS", "913056841", "NO", "Sjøgata 21", "8006", "Bodø", "faktura@bodofisk.no",
                    true, "30", true, List.of("Bedrift", "Nord-Norge"),
                    List.of(contact("Arne Kristiansen", "arne@bodofisk.no", "+47 977 77 777"))),
            new Spec("Ålesund Designbyrå AS", "913546156", "NO", "Apotekergata 9", "6004", "Ålesund",
                    "hei@aalesunddesign.no", false, "14", false, List.of("Bedrift"),
                    List.of(contact("Hanne Aasen", "hanne@aalesunddesign.no", "+47 988 88 888"))),
            new Spec("Fredrikstad Bygg AS", "914406048", "NO", "Nygaardsgata 30", "1607", "Fredrikstad", null, false,
                    "AG", true, List.of("Bedrift"), List.of(contact("Geir Johansen", "geir@fredrikstadbygg.no", null))),
            new Spec("Hamar Hagesenter AS", "915081142", "NO", "Strandgata 50", "2317", "Hamar", "post@hamarhage.no",
                    false, "14", true, List.of("Bedrift"),
                    List.of(contact("Turid Bakke", "turid@hamarhage.no", "+47 62 00 00 00"))),
            new Spec("Lillehammer Skiskole AS", "915372546", "NO", "Storgata 60", "2609", "Lillehammer",
                    "booking@lhmrski.no", false, "14", false, List.of("Bedrift"),
                    List.of(contact("Espen Rud", "espen@lhmrski.no", null))),
            new Spec("Molde Jazzbar AS", "915431682", "NO", "Storgata 1", "6413", "Molde", "faktura@moldejazz.no", true,
                    "30", false, List.of("Bedrift"), List.of(contact("Kjersti Holm", "kjersti@moldejazz.no", null))),
            new Spec("Svalbard Ekspedisjoner AS", "915554334", "NO", "Vei 500", "9170", "Longyearbyen",
                    "post@svalbardeksp.no", true, "30", true, List.of("Bedrift", "Nord-Norge"),
                    List.of(contact("Lars Pedersen", "lars@svalbardeksp.no", "+47 790 00 000"))),
            new Spec("Oslo Studentsamskipnad", "916132719", "NO", "Problemveien 9", "0313", "Oslo",
                    "regnskap@oss.no", true, "30", false, List.of("Bedrift"),
                    List.of(contact("Nina Solberg", "nina@oss.no", "+47 22 85 00 00"),
                            contact("Øystein Lie", "oystein@oss.no", null))),
            new Spec("Kari Hansen", null, "NO", "Bjørnstjerne Bjørnsons gate 4", "3044", "Drammen",
                    "kari.hansen@epost.no", false, "AG", false, List.of("Privat"), List.of()),
            new Spec("Ole Johansen", null, "NO", "Nedre Slottsgate 2", "0157", "Oslo", "ole.j@epost.no", false, "14",
                    false, List.of("Privat"), List.of()),
            new Spec("Ingrid Larsen", null, "NO", "Fjellveien 11", "5019", "Bergen", null, false, "14", true,
                    List.of("Privat"), List.of()),
            new Spec("Magnus Nilsen", null, "NO", "Elvegata 3", "9405", "Harstad", "magnus.nilsen@epost.no", false,
                    "AG", false, List.of("Privat", "Nord-Norge"), List.of()),
            new Spec("Sofie Andersen", null, "NO", null, null, null, "sofie.andersen@epost.no", false, "14", false,
                    List.of("Privat"), List.of()),
            new Spec("Hammerfest Havn KF", "916690819", "NO", "Sjøgata 6", "9600", "Hammerfest", "faktura@hfhavn.no",
                    true, "30", false, List.of("Bedrift", "Nord-Norge"),
                    List.of(contact("Roger Mathisen", "roger@hfhavn.no", null))),
            new Spec("Gjøvik Gartneri AS", "916792379", "NO", "Gartnerveien 2", "2815", "Gjøvik", null, false, "14",
                    true, List.of("Bedrift"), List.of(contact("Berit Nygård", null, "+47 61 00 00 00"))),
            new Spec("Københavns Cykelværksted ApS", "25313763", "DK", "Nørrebrogade 20", "2200", "København N",
                    "faktura@kbhcykel.dk", false, "30", true, List.of("Bedrift", "Norden"),
                    List.of(contact("Mette Kaae", "mette@kbhcykel.dk", "+45 33 00 00 00"))),
            new Spec("Aarhus Kaffebar ApS", "25313771", "DK", "Åboulevarden 10", "8000", "Aarhus C",
                    "kontor@aarhuskaffe.dk", false, "14", false, List.of("Bedrift", "Norden"),
                    List.of(contact("Jens Sørensen", "jens@aarhuskaffe.dk", null))),
            new Spec("Göteborg Design AB", "5567890123", "SE", "Avenyn 5", "41136", "Göteborg",
                    "faktura@gbgdesign.se", false, "30", false, List.of("Bedrift", "Norden"),
                    List.of(contact("Anna Svensson", "anna@gbgdesign.se", "+46 31 00 00 00"))));
}
