"""Names and phrases for synthetic people: accents, apostrophes, hyphens, non-Latin scripts,
so every screen and document meets them in demos and benchmarks."""

LAST_NAMES = [
    "Nguyễn", "O'Brien", "O'Brien-Muñoz", "Smith", "Smyth", "García", "Hernández", "Ødegård",
    "Johnson", "Williams", "Brown", "Jones", "Davis", "Miller", "Wilson", "Moore", "Taylor",
    "Anderson", "Thomas", "Jackson", "White", "Harris", "Martin", "Thompson", "Martínez",
    "Robinson", "Clark", "Rodríguez", "Lewis", "Lee", "Walker", "Hall", "Allen", "Young",
    "King", "Wright", "López", "Hill", "Scott", "Green", "Adams", "Baker", "González",
    "Nelson", "Carter", "Mitchell", "Pérez", "Roberts", "Turner", "Phillips", "Campbell",
    "Parker", "Evans", "Edwards", "Collins", "Stewart", "Sánchez", "Morris", "Rogers",
    "Reed", "Cook", "Morgan", "Bell", "Murphy", "Bailey", "Rivera", "Cooper", "Richardson",
    "Cox", "Howard", "Ward", "Torres", "Peterson", "Gray", "Ramírez", "James", "Watson",
    "Brooks", "Kelly", "Sanders", "Price", "Bennett", "Wood", "Barnes", "Ross", "Henderson",
    "Coleman", "Jenkins", "Perry", "Powell", "Long", "Patterson", "Hughes", "Flores",
    "Washington", "Butler", "Simmons", "Foster", "Gonzales", "Bryant", "Alexander",
    "D'Angelo", "MacDonald", "St. Pierre", "Van der Berg", "Kowalczyk", "Łukasiewicz",
    "Müller", "Schäfer", "Dubois", "Lefèvre", "Çelik", "Yılmaz", "Szabó", "Novák",
    "Tran", "Pham", "Le", "Kim", "Park", "Choi", "Wang", "Li", "Zhang", "Chen",
    "Шевченко", "Иванова", "李", "王", "김", "محمد", "Cohen", "Levi", "Abebe", "Okafor",
    "Mensah", "Nakamura", "Sato", "Singh", "Patel", "Khan", "Ali", "Hussain",
]
FIRST_NAMES = [
    "Ana", "José", "Zoë", "Thị Minh", "Tomás", "Mary-Kate", "Jean-Luc", "Siobhán", "Seán",
    "Chloé", "Renée", "Björn", "Søren", "Ümit", "Dana", "Chris", "Sam", "Alex", "Jordan",
    "Taylor", "Morgan", "Casey", "Riley", "Jamie", "Michael", "James", "John", "Robert",
    "David", "William", "Richard", "Joseph", "Thomas", "Charles", "Daniel", "Matthew",
    "Anthony", "Mark", "Donald", "Steven", "Paul", "Andrew", "Joshua", "Kenneth", "Kevin",
    "Brian", "George", "Timothy", "Ronald", "Jason", "Edward", "Jeffrey", "Ryan", "Jacob",
    "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah",
    "Karen", "Lisa", "Nancy", "Betty", "Sandra", "Margaret", "Ashley", "Kimberly", "Emily",
    "Donna", "Michelle", "Carol", "Amanda", "Melissa", "Deborah", "Stephanie", "Rebecca",
    "Laura", "Luis", "Carlos", "Juan", "Miguel", "Rosa", "Lucía", "María José", "Guadalupe",
    "Minh", "Huy", "Linh", "Tarasa", "Тарас", "Ольга", "伟", "芳", "민준", "فاطمة", "Aisha",
    "Kwame", "Chidi", "Yuki", "Priya", "Arjun", "Omar", "Layla", "D'Andre", "De'Shawn",
]
STREET_ALIASES = ["Bird", "Slim", "Red", "Smokey", "Tiny", "Junior", "Doc", "Lucky", "Ace"]
NOTE_PHRASES = [
    "Met at the day centre; talked about detox options and what got in the way last time.",
    "Phone call: confirmed the appointment at the clinic on Thursday; needs a bus pass.",
    "Street outreach under the bridge on 4th. Brought water, socks and a hygiene kit.",
    "Accompanied to the DMV for a state ID; birth certificate request sent to the county.",
    "Provider reports good attendance at IOP this week. Participant sounded hopeful.",
    "Housing application submitted with the coordinated entry worker; waiting list 6-8 weeks.",
    "Missed the benefits appointment; rescheduled for next Tuesday at 10:00.",
    "Collateral contact with her sister, who can offer a couch for two weeks.",
    "Jail visit: arrested on an old warrant from another county. Court date next week.",
    "Attempted contact at the usual location; not found. Left a message with a friend.",
    "Talked through the participation agreement again in Spanish; questions answered.",
    "Overdose reversal kit given and demonstrated; Narcan training completed.",
]
LOCATIONS = ["Main St & Front St", "3rd Ave & Pine St", "Bus terminal", "Library steps",
             "Riverside encampment", "Corner store on Elm", "Train station", "Park on 5th"]
