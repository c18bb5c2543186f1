#include "text/values.h"

#include <gtest/gtest.h>

namespace sanus::text {
namespace {

std::optional<double> Value(const std::string& text, const std::string& name) {
  for (const auto& v : ExtractValues(text)) {
    if (v.name == name) return v.value;
  }
  return std::nullopt;
}

TEST(Values, TemperatureInCelsiusAndFahrenheit) {
  EXPECT_NEAR(*Value("temp 38.5", "temperature_c"), 38.5, 1e-9);
  EXPECT_NEAR(*Value("temperature was 102.2F", "temperature_c"), 39.0, 1e-9);
  EXPECT_NEAR(*Value("fever of 39 degrees", "temperature_c"), 39.0, 1e-9);
  EXPECT_NEAR(*Value("T 37,8", "temperature_c"), 37.8, 1e-9);
  EXPECT_FALSE(Value("temp 60", "temperature_c"));  // implausible: dropped
}

TEST(Values, AgeAndSexShorthandIsNotFahrenheit) {
  EXPECT_FALSE(Value("86F, fall at home 1/7 ago onto L chest", "temperature_c"));
  EXPECT_FALSE(Value("pt is a 45F with cough", "temperature_c"));
  EXPECT_FALSE(Value("96F nursing home resident, off legs", "temperature_c"));
  EXPECT_NEAR(*Value("fever since Monday, 102F last night", "temperature_c"), 38.9, 0.1);
  EXPECT_NEAR(*Value("temp 95F after the swim", "temperature_c"), 35.0, 1e-9);
}

TEST(Values, DegreesOfAnExaminationAreNotATemperature) {
  EXPECT_FALSE(Value("SLR +ve at 40 deg", "temperature_c"));
  EXPECT_FALSE(Value("hip flexion to 40 degrees", "temperature_c"));
  EXPECT_NEAR(*Value("she is 39 degrees and shivering", "temperature_c"), 39.0, 1e-9);
  EXPECT_NEAR(*Value("temp at 40 deg", "temperature_c"), 40.0, 1e-9);
  // An angle after the examination word, the weather, a bare low number: not the person's temperature.
  EXPECT_FALSE(Value("R knee effusion, flexion limited to 30 degrees by pain", "temperature_c"));
  EXPECT_FALSE(Value("its about 31 degrees and hes been on cider all day", "temperature_c"));
  EXPECT_FALSE(Value("it was 39 degrees in Spain and he collapsed", "temperature_c"));
  EXPECT_FALSE(Value("we were out in 38 degree heat", "temperature_c"));
  EXPECT_NEAR(*Value("temp 31 degrees after being pulled from the river", "temperature_c"), 31.0, 1e-9);
  EXPECT_NEAR(*Value("she is 35 degrees and shivering", "temperature_c"), 35.0, 1e-9);  // said of her
}

TEST(Values, VitalSigns) {
  EXPECT_EQ(*Value("HR 124, RR 28, sats 89% on air, BP 85/50", "heart_rate"), 124);
  EXPECT_EQ(*Value("HR 124, RR 28, sats 89% on air, BP 85/50", "resp_rate"), 28);
  EXPECT_EQ(*Value("confused and breathing 32 a minute", "resp_rate"), 32);
  EXPECT_EQ(*Value("HR 124, RR 28, sats 89% on air, BP 85/50", "spo2"), 89);
  EXPECT_EQ(*Value("HR 124, RR 28, sats 89% on air, BP 85/50", "systolic_bp"), 85);
  EXPECT_EQ(*Value("my oxygen level is 91", "spo2"), 91);
  // A home pulse oximeter's range is read at its lower end.
  EXPECT_EQ(*Value("my finger monitor says 93-94%", "spo2"), 93);
  EXPECT_FALSE(Value("the heart monitor says 93", "spo2"));
  // At or above the person's own usual it is their baseline (COPD), not new hypoxia.
  EXPECT_FALSE(Value("71M COPD, SpO2 91% (usual 90-92)", "spo2"));
  EXPECT_EQ(*Value("SpO2 85% (usual 90-92)", "spo2"), 85);
  EXPECT_FALSE(Value("sats 89, baseline 88", "spo2"));
  EXPECT_EQ(*Value("sats 89, which is normal for him", "spo2"), 89);
  EXPECT_FALSE(Value("pulse 300", "heart_rate"));  // implausible: dropped
  EXPECT_EQ(*Value("been going 40 mins now, my smartwatch says 196. feels regular", "heart_rate"), 196);
  EXPECT_FALSE(Value("my watch says 91%", "heart_rate"));
  EXPECT_EQ(*Value("the blood pressure machine says 200/120", "systolic_bp"), 200);
  EXPECT_FALSE(Value("32/40, 3/52 of headache", "systolic_bp"));
  EXPECT_EQ(*Value("drowsy, SBP 82, HR 130", "systolic_bp"), 82);
}

TEST(Values, WeeksOfPregnancy) {
  EXPECT_EQ(*Value("G1 32/40, headache", "gestation_weeks"), 32);
  EXPECT_EQ(*Value("24F G1 29+4/40, leaking clear fluid", "gestation_weeks"), 29);
  EXPECT_EQ(*Value("I'm 39+2 and had a gush of water", "gestation_weeks"), 39);
  EXPECT_EQ(*Value("I’m 34+1 with tightenings", "gestation_weeks"), 34);
  EXPECT_EQ(*Value("12 weeks pregnant and bleeding", "gestation_weeks"), 12);
  EXPECT_EQ(*Value("Im 32 weeks with my first and baby is quiet", "gestation_weeks"), 32);
  EXPECT_FALSE(Value("I'm 3 weeks into a course of antibiotics", "gestation_weeks"));
  EXPECT_FALSE(Value("she's 6 weeks and has a temperature", "gestation_weeks"));  // a baby's age
  EXPECT_FALSE(Value("protein 2+ on the dipstick", "gestation_weeks"));
  EXPECT_FALSE(Value("prostate biopsy Gleason 3+4=7", "gestation_weeks"));
}

TEST(Values, Durations) {
  EXPECT_NEAR(*Value("chest pain for 40 minutes", "duration_hours"), 40.0 / 60, 1e-9);
  EXPECT_NEAR(*Value("coughing for 3 days", "duration_hours"), 72, 1e-9);
  EXPECT_NEAR(*Value("started two weeks ago", "duration_hours"), 336, 1e-9);
  EXPECT_NEAR(*Value("sore since yesterday", "duration_hours"), 24, 1e-9);
}

TEST(Demographics, AgeAndSexStatedInText) {
  auto d = ExtractDemographics("I'm a 34 year old woman with a headache");
  EXPECT_EQ(d.age_years, 34);
  EXPECT_EQ(d.sex, Sex::kFemale);
  d = ExtractDemographics("my 3 month old son has a fever");
  EXPECT_NEAR(*d.age_years, 0.25, 1e-9);
  EXPECT_EQ(d.sex, Sex::kMale);
  d = ExtractDemographics("58M, central chest pain");
  EXPECT_EQ(d.age_years, 58);
  EXPECT_EQ(d.sex, Sex::kMale);
  d = ExtractDemographics("my 2yo daughter is wheezy");
  EXPECT_EQ(d.age_years, 2);
  EXPECT_EQ(d.sex, Sex::kFemale);
  d = ExtractDemographics("6 week old baby, temp 38.2");
  EXPECT_NEAR(*d.age_years, 42.0 / 365, 1e-9);
}

TEST(Demographics, OwnAgeAsABareNumber) {
  EXPECT_EQ(ExtractDemographics("i'm 17, really bad cramps every period").age_years, 17);
  EXPECT_EQ(ExtractDemographics("I am 45 and my knee is swollen").age_years, 45);
  EXPECT_EQ(ExtractDemographics("im 70 and keep falling").age_years, 70);
  // A pregnancy, a height, a weight or a score is not an age.
  EXPECT_FALSE(ExtractDemographics("I'm 5 weeks pregnant and bleeding").age_years);
  EXPECT_FALSE(ExtractDemographics("I'm 5'4 and have lost weight").age_years);
  EXPECT_FALSE(ExtractDemographics("I'm 6 foot and 90kg").age_years);
  EXPECT_FALSE(ExtractDemographics("I'm 100% sure it is the same rash").age_years);
  EXPECT_FALSE(ExtractDemographics("I'm 2 days late").age_years);
}

}  // namespace
}  // namespace sanus::text

namespace sanus::text {
namespace {

std::optional<double> Lab(const std::string& text, const std::string& name) {
  for (const auto& v : ExtractValues(text)) {
    if (v.name == name) return v.value;
  }
  return std::nullopt;
}

TEST(LabValues, ReadsAClinicianNoteInItsUnits) {
  const std::string note = "67F RUQ pain, T 38.9, HR 118, BP 92/60, ALT 312, bili 88, INR 6.8, Hb 64, MCV 118, "
                           "WCC 18.2, plt 45, CRP 230, Na 118, K+ 6.9, lactate 4.5, creat 350, urea 24";
  EXPECT_EQ(Lab(note, "alt"), 312);
  EXPECT_EQ(Lab(note, "bilirubin"), 88);
  EXPECT_EQ(Lab(note, "inr"), 6.8);
  EXPECT_EQ(Lab(note, "haemoglobin"), 64);
  EXPECT_EQ(Lab(note, "mcv"), 118);
  EXPECT_EQ(Lab(note, "wbc"), 18.2);
  EXPECT_EQ(Lab(note, "platelets"), 45);
  EXPECT_EQ(Lab(note, "crp"), 230);
  EXPECT_EQ(Lab(note, "sodium"), 118);
  EXPECT_EQ(Lab(note, "potassium"), 6.9);
  EXPECT_EQ(Lab(note, "lactate"), 4.5);
  EXPECT_EQ(Lab(note, "creatinine"), 350);
  EXPECT_EQ(Lab(note, "urea"), 24);
  EXPECT_EQ(Lab(note, "diastolic_bp"), 60);
  EXPECT_EQ(*Value("HbA1c 58 mmol/mol", "hba1c"), 58);
  EXPECT_NEAR(*Value("a1c was 7.5%", "hba1c"), 58.5, 0.1);
}

TEST(LabValues, ConvertsUsUnits) {
  EXPECT_NEAR(*Lab("hgb 6.4 g/dL", "haemoglobin"), 64, 1e-9);
  EXPECT_NEAR(*Lab("creatinine 3.2 mg/dl", "creatinine"), 282.88, 1e-6);
  EXPECT_NEAR(*Lab("total bilirubin 5.1 mg/dL", "bilirubin"), 87.21, 1e-6);
  EXPECT_NEAR(*Lab("blood sugar 450", "glucose"), 25, 1e-9);
  EXPECT_NEAR(*Lab("WBC 18000", "wbc"), 18, 1e-9);
}

TEST(LabValues, ReadsAPatientsOwnReadings) {
  EXPECT_EQ(Lab("my blood sugar is 2.1 and im shaky", "glucose"), 2.1);
  EXPECT_EQ(Lab("BM 1.9 on the meter", "glucose"), 1.9);
  EXPECT_EQ(Lab("her sugar is 24 and the blood ketone meter just said 3.6", "ketones"), 3.6);
}

TEST(LabValues, ANumberOfDaysIsNotAResult) {
  EXPECT_FALSE(Lab("my sugar was 3 days ago fine", "glucose").has_value());
  EXPECT_FALSE(Lab("I walked 5 k 3 times", "potassium").has_value());
  EXPECT_FALSE(Lab("pls help", "platelets").has_value());
}

}  // namespace
}  // namespace sanus::text
