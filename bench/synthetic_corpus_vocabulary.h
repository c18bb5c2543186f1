// The word lists and query set behind synthetic_corpus.cpp, private to it. In every list the
// order is the Zipf rank: earlier entries are drawn more often.
#pragma once

#include <string_view>

namespace sanus::bench {

// The lists are packed by hand, like prose, rather than one entry a line.
// clang-format off

inline constexpr std::string_view kConditions[] = {
    "common cold", "urinary tract infection", "high blood pressure", "asthma", "type 2 diabetes",
    "influenza", "sore throat", "acid reflux", "depression", "anxiety", "back pain", "migraine",
    "tonsillitis", "otitis media", "sinusitis", "pneumonia", "bronchitis", "gastroenteritis",
    "eczema", "osteoarthritis", "chest infection", "covid-19", "irritable bowel syndrome",
    "hypothyroidism", "anaemia", "atrial fibrillation", "heart failure", "angina", "heart attack",
    "stroke", "copd", "cellulitis", "conjunctivitis", "chickenpox", "shingles", "gout",
    "tension headache", "allergic rhinitis", "insomnia", "thrush", "constipation", "kidney stones",
    "gallstones", "psoriasis", "acne", "impetigo", "scarlet fever", "croup", "bronchiolitis",
    "deep vein thrombosis", "pulmonary embolism", "meningitis", "sepsis", "appendicitis",
    "pancreatitis", "peptic ulcer", "coeliac disease", "crohn's disease", "ulcerative colitis",
    "type 1 diabetes", "hyperthyroidism", "rheumatoid arthritis", "osteoporosis", "sciatica",
    "dementia", "epilepsy", "parkinson's disease", "chlamydia", "gonorrhoea", "bacterial vaginosis",
    "pre-eclampsia", "ectopic pregnancy", "miscarriage", "endometriosis",
    "polycystic ovary syndrome", "prostate enlargement", "pyelonephritis", "kidney disease",
    "lyme disease", "tuberculosis", "anaphylaxis", "whooping cough", "glandular fever", "measles",
    "hand foot and mouth disease", "head lice", "scabies", "haemorrhoids", "diverticulitis",
    "hepatitis", "cirrhosis", "glaucoma",
};

inline constexpr std::string_view kSymptoms[] = {
    "fever", "cough", "headache", "tiredness", "sore throat", "runny nose", "high temperature",
    "nausea", "vomiting", "diarrhoea", "tummy ache", "abdominal pain", "rash", "itching",
    "dizziness", "back pain", "joint pain", "chest pain", "shortness of breath", "wheezing",
    "swelling", "earache", "sneezing", "blocked nose", "muscle aches", "fatigue", "sweating",
    "chills", "shivering", "loss of appetite", "constipation", "bloating", "heartburn",
    "palpitations", "low mood", "trouble sleeping", "weight loss", "weight gain",
    "burning when peeing", "frequent urination", "thirst", "blood in urine", "blood in stool",
    "red eye", "discharge", "blurred vision", "numbness", "tingling", "weakness", "confusion",
    "fainting", "stiff neck", "sensitivity to light", "hives", "bruising", "bleeding",
    "pelvic pain", "painful periods", "leg swelling", "calf pain", "night sweats",
    "coughing up blood", "difficulty swallowing", "hoarse voice", "pale skin", "cold hands",
    "jaundice", "dark urine", "hair loss", "memory loss", "tremor", "seizures", "slurred speech",
    "facial droop", "dehydration", "breathless", "high blood sugar", "low blood sugar", "lump",
    "nerve pain",
};

inline constexpr std::string_view kMedicines[] = {
    "paracetamol", "ibuprofen", "amoxicillin", "omeprazole", "aspirin", "salbutamol", "metformin",
    "amlodipine", "simvastatin", "atorvastatin", "ramipril", "levothyroxine", "sertraline",
    "citalopram", "lansoprazole", "codeine", "naproxen", "prednisolone", "cetirizine", "loratadine",
    "nitrofurantoin", "trimethoprim", "flucloxacillin", "clarithromycin", "doxycycline",
    "penicillin", "cefalexin", "azithromycin", "metronidazole", "ciprofloxacin", "bisoprolol",
    "atenolol", "losartan", "lisinopril", "furosemide", "warfarin", "apixaban", "rivaroxaban",
    "clopidogrel", "insulin", "gliclazide", "beclometasone", "hydrocortisone", "amitriptyline",
    "fluoxetine", "gabapentin", "pregabalin", "tramadol", "morphine", "diclofenac", "sumatriptan",
    "colchicine", "allopurinol", "folic acid", "iron tablets", "oral rehydration salts",
    "loperamide", "lactulose", "senna", "clotrimazole", "fluconazole", "aciclovir", "adrenaline",
    "chlorphenamine", "nicotine patches", "emollient", "permethrin",
};

inline constexpr std::string_view kBodyParts[] = {
    "chest", "head", "back", "stomach", "tummy", "throat", "skin", "leg", "arm", "lower back",
    "knee", "heart", "lungs", "eye", "ear", "nose", "mouth", "abdomen", "neck", "shoulder", "foot",
    "hand", "hip", "ankle", "joints", "bladder", "kidney", "liver", "bowel", "left arm",
    "right arm", "calf", "wrist", "elbow", "fingers", "toe", "big toe", "jaw", "groin", "pelvis",
    "breast", "spine", "brain", "teeth", "gums", "scalp", "nerve", "tendon", "blood vessels",
};

inline constexpr std::string_view kPeople[] = {
    "adults", "children", "older people", "babies", "women", "men", "pregnant women", "teenagers",
    "toddlers", "breastfeeding mothers", "people with diabetes", "people with kidney disease",
};

// Common English words, roughly in order of frequency, then words common in health text.
inline constexpr std::string_view kCommonWords[] = {
    "the", "of", "and", "to", "a", "in", "is", "it", "you", "that", "for", "on", "are", "with",
    "as", "be", "at", "this", "have", "from", "or", "by", "not", "but", "can", "your", "if", "when",
    "may", "will", "do", "all", "more", "some", "other", "about", "than", "there", "people",
    "which", "their", "time", "after", "before", "most", "also", "any", "should", "usually",
    "often", "day", "days", "weeks", "doctor", "treatment", "symptoms", "help", "care", "take",
    "medicine", "pain", "blood", "infection", "risk", "dose", "health", "test", "check", "advice",
    "nurse", "pharmacist", "hospital", "tablets", "daily", "hours", "sometimes", "severe", "mild",
    "common", "long", "new", "first", "two", "three", "get", "make", "see", "know", "need", "start",
    "stop", "keep", "feel", "better", "worse", "still", "only", "because", "until", "each", "very",
    "much", "same", "signs", "safe", "side effects", "antibiotics", "inhaler", "cream", "allergy",
    "attack", "sudden", "early", "night", "pregnancy", "pregnant", "breastfeeding", "alcohol",
    "smoking", "diet", "eating", "travel", "vaccine", "acute", "chronic", "urgent", "emergency",
    "GP", "patient", "age", "weight", "big", "low", "high", "right side", "left side", "long term",
    "how much", "how long", "spreading", "diagnosis", "interaction", "toddler", "into", "over",
    "just", "like", "well", "way", "even", "through", "down", "good", "year", "years", "work",
    "life", "home", "family", "child", "week", "month", "months", "water", "food", "sleep", "rest",
    "drink", "fluids", "plenty", "stand", "standing", "walking", "exercise", "body", "normal",
    "change", "changes", "problem", "problems", "condition", "conditions", "serious", "rare",
    "likely", "unlikely", "possible", "important", "different", "small", "large", "general",
    "specific", "local", "higher", "lower", "increase", "reduce", "reduced", "increased", "level",
    "levels", "result", "results", "sample", "scan", "x-ray", "referral", "refer", "specialist",
    "clinic", "appointment", "prescription", "prescribe", "over the counter", "pharmacy", "follow",
    "guidance", "recommended", "evidence", "trial", "study", "studies", "effect", "benefit", "harm",
    "course", "review", "monitor", "monitoring", "measure", "assessment", "history", "examination",
    "family history", "lifestyle", "overweight", "obesity", "fruit", "vegetables", "salt", "sugar",
    "fat", "caffeine", "stress", "school", "nursery", "contact", "spread", "catch", "infectious",
    "contagious", "hands", "wash", "hygiene", "clean", "warm", "cool", "hot", "dry", "wet", "fresh",
    "air", "room", "bed", "lie", "lying", "position", "move", "movement", "lift", "heavy", "light",
    "bright", "morning", "evening", "weekend", "hour", "minute", "minutes", "once", "twice",
    "again", "another", "both", "either", "every", "few", "several", "many", "less", "least",
    "quickly", "slowly", "gradually", "suddenly", "immediately", "soon", "later", "already", "yet",
    "ever", "never", "always", "mostly", "partly", "especially", "particularly", "including",
    "without", "within", "between", "under", "above", "below", "around", "against", "during",
    "since", "while", "although", "though", "unless", "whether", "however", "therefore", "instead",
    "otherwise", "rather", "such", "own", "worried", "worry", "concern", "reassure", "explain",
    "discuss", "decide", "choose", "offer", "consider", "suggest", "agree", "continue", "finish",
    "complete", "repeat", "return", "visit", "phone", "online", "service", "team", "support",
    "information", "leaflet", "record", "notes", "note", "plan", "goal", "option", "options",
    "choice", "reason", "reasons", "cause", "causes", "trigger", "triggers", "avoid", "prevent",
    "protect", "improve", "recover", "recovery", "heal", "healing", "settle", "last", "lasts",
    "lasting", "recurrent", "persistent", "frequent", "occasional", "regular", "irregular", "sharp",
    "dull", "burning", "throbbing", "constant", "intermittent", "worst", "mildly", "moderate",
    "moderately", "strong", "weak", "dose-related", "age-related", "well-being", "self-care",
    "follow-up", "first-line", "second-line", "short-term", "long-acting", "fast-acting",
    "twice-daily",
};

// The long tail: rare clinical words built as prefix + middle + suffix ("hepato" + "spleno" +
// "megaly") and drug-like names as stem + class suffix ("rosu" + "vastatin"), some real, most
// not, so that the corpus has a realistic number of distinct terms (about 13,000 of these).
inline constexpr std::string_view kRarePrefixes[] = {
    "cardio", "neuro", "hepato", "nephro", "gastro", "dermato", "osteo", "myelo", "pneumo", "haemo",
    "angio", "arthro", "broncho", "cholecysto", "colo", "cysto", "encephalo", "entero", "fibro",
    "glosso", "hystero", "laryngo", "lympho", "mammo", "meningo", "oophoro", "ophthalmo", "oto",
    "pancreato", "pharyngo", "procto", "pyelo", "rhino", "spleno", "thoraco", "thyro", "tracheo",
    "uretero", "vaso", "veno",
};

inline constexpr std::string_view kRareMiddles[] = {
    "", "myo", "fibro", "angio", "neuro", "spleno", "lipo", "chondro", "adeno", "sclero", "litho",
    "cyto",
};

inline constexpr std::string_view kRareSuffixes[] = {
    "itis", "osis", "pathy", "algia", "ectomy", "aemia", "oma", "plasty", "scopy", "megaly",
    "rrhoea", "stenosis", "sclerosis", "malacia", "dynia", "genesis", "lysis", "trophy", "plegia",
    "ptosis", "rrhage", "cele", "ostomy", "otomy", "graphy",
};

inline constexpr std::string_view kDrugStems[] = {
    "ator", "rosu", "prava", "lisi", "rami", "peri", "cande", "irbe", "val", "tel", "bis", "meto",
    "pro", "ami", "nife", "felo", "lerca", "ome", "panto", "esome", "rabe", "flu", "itra", "keto",
    "clari", "ery", "azi", "amoxi", "ampi", "fluclo", "cipro", "levo", "moxi", "oflo", "ceft",
    "cefu", "dalte", "enoxa", "tinza", "dabi",
};

inline constexpr std::string_view kDrugSuffixes[] = {
    "vastatin", "pril", "sartan", "olol", "dipine", "prazole", "conazole", "mycin", "cillin",
    "floxacin", "parin", "gatran", "tidine", "setron", "triptan", "mab", "tinib", "afil", "lukast",
    "gliptin",
};

inline constexpr std::string_view kNumbers[] = {
    "2", "3", "5", "7", "10", "14", "250", "500", "4", "6", "1", "28",
};

inline constexpr std::string_view kFrequencies[] = {
    "twice a day", "three times a day", "once a day", "every 4 to 6 hours", "every 8 hours",
    "at night", "with food", "for 5 days", "for 7 days", "as needed",
};

// Title suffixes after "<Condition>: "; {M} is the passage's topic medicine.
inline constexpr std::string_view kTitleAspects[] = {
    "overview", "treatment", "symptoms", "when to get help", "in children", "diagnosis", "{M} dose",
    "self-care", "in pregnancy", "side effects of {M}", "in older people", "causes", "prevention",
    "{M} and other medicines", "follow-up",
};

// {C} condition, {S} symptom, {M} medicine, {B} body part, {P} people, {N} number,
// {F} frequency, {W} common word, {R} rare clinical word.
inline constexpr std::string_view kSentenceTemplates[] = {
    "{C} often causes {S} and {S} in {P}.", "The usual dose of {M} for {P} with {C} is {N} mg {F}.",
    "Most people with {C} get better within {N} days without {M}.",
    "{M} is a first-line treatment for {C} in {P}.",
    "Seek urgent help if {S} spreads to the {B} or comes with {S}.",
    "Side effects of {M} include {S}, {S} and {S}.",
    "In {P}, {C} may present with {S} rather than {S}.",
    "Pain in the {B} with {S} may point to {C}.",
    "Do not take {M} if you are pregnant or have {C}, unless a doctor advises it.",
    "{M} can interact with {M}, so check with a pharmacist before taking both.",
    "Ask about {S}, {S} and any history of {C}.",
    "Consider {C} when {S} lasts more than {N} weeks.",
    "Examination of the {B} may show {S} or {S}.",
    "{P} who take {M} should {W} report {S} to their doctor.",
    "{S} with {S} in {P} can be a sign of {C}.", "{M} or {M} can ease {S} while {C} settles.",
    "Give {M} {F} and review after {N} days if the {S} has not improved.",
    "{C} is less likely if there is no {S}.",
    "{M} is safe in pregnancy for {C} but {M} is best avoided.",
    "Call an ambulance for {S} with {S}, {S} or {S}.", "The {B} and {B} are often affected in {C}.",
    "Breastfeeding mothers can usually take {M} for {C}.", "{W} {W} {S} {W} {W} {B} {W} {C}.",
    "Rarely, {C} leads to {R} or {R}.", "Complications include {R}, {R} and {S}.",
    "{R} and {R} should be excluded before diagnosing {C}.", "{M} is not licensed for {R} in {P}.",
    "A history of {R} makes {C} more likely.",
};

// The fixed query set, in the style people type into a search box.
inline constexpr std::string_view kQueries[] = {
    // Doses and choices of medicine.
    "amoxicillin dose children otitis media", "paracetamol dose babies fever",
    "ibuprofen dose children high temperature", "how much paracetamol can adults take",
    "nitrofurantoin dose urinary tract infection women", "trimethoprim urinary tract infection men",
    "flucloxacillin cellulitis dose", "clarithromycin penicillin allergy pneumonia",
    "doxycycline lyme disease", "prednisolone dose asthma attack children",
    "salbutamol inhaler wheezing", "metformin side effects diarrhoea",
    "levothyroxine dose older people hypothyroidism", "warfarin interaction aspirin bleeding",
    "apixaban atrial fibrillation kidney disease", "omeprazole acid reflux how long",
    "sertraline side effects anxiety", "amitriptyline back pain trouble sleeping",
    "colchicine gout dose", "allopurinol gout attack", "aciclovir shingles", "fluconazole thrush",
    "clotrimazole thrush pregnant", "metronidazole bacterial vaginosis alcohol",
    "azithromycin chlamydia", "cefalexin urinary tract infection pregnant", "codeine breastfeeding",
    "tramadol back pain older people", "naproxen knee pain osteoarthritis", "sumatriptan migraine",
    "cetirizine hives children", "loratadine allergic rhinitis", "adrenaline anaphylaxis",
    "furosemide leg swelling heart failure", "ramipril cough side effects",
    "amlodipine ankle swelling", "simvastatin muscle aches", "atorvastatin dose",
    "bisoprolol palpitations", "insulin type 1 diabetes children", "gliclazide low blood sugar",
    "lactulose constipation children", "loperamide diarrhoea",
    "oral rehydration salts vomiting babies", "iron tablets anaemia pregnancy",
    "folic acid pregnancy", "permethrin scabies", "head lice treatment children",
    "emollient eczema babies", "hydrocortisone cream eczema", "beclometasone inhaler asthma",
    "gabapentin sciatica", "pregabalin nerve pain", "citalopram depression older people",
    "fluoxetine teenagers depression", "nicotine patches stop smoking", "morphine dose",
    "clopidogrel after stroke", "rivaroxaban deep vein thrombosis", "diclofenac heart risk",
    "chlorphenamine itching children", "senna constipation pregnancy", "lansoprazole heartburn",
    "losartan high blood pressure", "ciprofloxacin tendon pain",
    // Safety: pregnancy, breastfeeding, age, other conditions and medicines.
    "can I take ibuprofen when pregnant", "can I take paracetamol when breastfeeding",
    "is aspirin safe for children", "can children take ibuprofen with asthma",
    "antibiotics when pregnant urinary tract infection", "can I drink alcohol with metronidazole",
    "ibuprofen and kidney disease", "paracetamol and alcohol liver", "naproxen with warfarin",
    "codeine constipation", "is it safe to take omeprazole long term",
    "can I take cetirizine when pregnant", "sertraline in pregnancy", "amoxicillin rash children",
    "penicillin allergy rash", "sumatriptan pregnant", "trimethoprim early pregnancy",
    "doxycycline children teeth", "metformin kidney disease dose",
    "levothyroxine with iron tablets", "prednisolone high blood sugar diabetes",
    "ibuprofen stomach peptic ulcer", "is codeine safe for children",
    "can I take aspirin with clopidogrel", "warfarin and antibiotics",
    "naproxen or ibuprofen back pain", "fluconazole pregnant",
    "can older people take amitriptyline", "tramadol and sertraline interaction",
    "paracetamol dose weight children",
    // Symptoms, in lay and clinical words.
    "chest pain sweating left arm", "chest pain shortness of breath", "headache stiff neck rash",
    "headache sensitivity to light vomiting", "fever rash children", "sore throat fever no cough",
    "earache fever toddler", "cough for three weeks", "coughing up blood weight loss",
    "night sweats weight loss cough", "calf pain leg swelling", "shortness of breath calf pain",
    "burning when peeing blood in urine", "blood in stool tummy ache",
    "abdominal pain right side vomiting", "lower back pain numbness leg",
    "dizziness fainting palpitations", "slurred speech facial droop weakness",
    "sudden confusion older people", "jaundice dark urine", "tiredness pale skin",
    "frequent urination thirst weight loss", "wheezing cough night children", "red eye discharge",
    "blurred vision headache", "tummy ache diarrhoea vomiting", "knee swelling joint pain",
    "itching rash hives", "rash spreading fever", "bloating constipation", "heartburn after eating",
    "difficulty swallowing weight loss", "hoarse voice three weeks", "tremor memory loss",
    "seizures fever babies", "pelvic pain bleeding pregnant", "painful periods pelvic pain",
    "lump breast", "muscle aches fever chills", "sneezing runny nose blocked nose",
    "high temperature shivering confusion", "vomiting babies dehydration",
    "trouble sleeping low mood", "hair loss tiredness", "bruising bleeding gums",
    "tingling fingers numbness hand", "hip pain older people", "ankle swelling shortness of breath",
    "cold hands tiredness", "sweating palpitations weight loss", "nausea vomiting headache",
    "diarrhoea blood fever", "rash after antibiotics", "stiff neck fever children",
    "breathless at night", "dizziness when standing", "joint pain big toe", "itching skin night",
    // Conditions: what they are, signs, who gets them.
    "symptoms of meningitis in babies", "signs of sepsis adults", "signs of stroke",
    "heart attack symptoms women", "pneumonia older people confusion", "tonsillitis treatment",
    "otitis media antibiotics", "sinusitis how long", "common cold children",
    "influenza vaccine older people", "covid-19 symptoms", "urinary tract infection men",
    "kidney stones pain", "appendicitis children", "gallstones pain after eating",
    "pancreatitis alcohol", "gastroenteritis babies", "irritable bowel syndrome diet",
    "coeliac disease tiredness", "crohn's disease diarrhoea weight loss", "acid reflux babies",
    "type 2 diabetes diet", "hypothyroidism tiredness weight gain", "anaemia pregnancy",
    "deep vein thrombosis travel", "pulmonary embolism chest pain", "cellulitis leg",
    "eczema children cream", "psoriasis scalp", "acne teenagers treatment", "impetigo children",
    "chickenpox pregnant", "shingles pain older people", "measles rash", "scarlet fever",
    "hand foot and mouth disease", "conjunctivitis children", "glaucoma eye pain", "gout big toe",
    "osteoarthritis knee", "rheumatoid arthritis joint pain", "osteoporosis women",
    "sciatica leg pain", "depression teenagers", "anxiety palpitations", "insomnia older people",
    "dementia memory loss", "epilepsy pregnancy", "parkinson's disease tremor",
    "chlamydia symptoms men", "gonorrhoea treatment", "thrush men", "bacterial vaginosis pregnancy",
    "pre-eclampsia headache", "ectopic pregnancy pain", "miscarriage bleeding",
    "endometriosis painful periods", "polycystic ovary syndrome",
    "prostate enlargement frequent urination", "tuberculosis cough", "allergic rhinitis children",
    "croup children cough", "bronchiolitis babies", "whooping cough babies",
    "glandular fever teenagers", "haemorrhoids bleeding", "diverticulitis pain",
    "hepatitis jaundice", "cirrhosis alcohol", "heart failure shortness of breath",
    "atrial fibrillation stroke risk", "high blood pressure headache", "angina chest pain",
    "migraine vomiting", "tension headache", "asthma attack", "bronchitis cough", "copd breathless",
    "pyelonephritis fever back pain", "hyperthyroidism weight loss",
    "ulcerative colitis blood in stool",
};

// clang-format on

}  // namespace sanus::bench
