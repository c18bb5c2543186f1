-- wrk script: POSTs realistic patient complaints to /v1/assess, a different one each request
-- (chest pain, a child's fever, urinary, headache, rash, back pain, breathlessness, a cold),
-- so the load exercises red-flag rules, children's thresholds and ordinary self-care answers.
local complaints = {
  '{"text": "crushing chest pain going into my left arm and sweating for the last 20 minutes", "age": 58, "sex": "male"}',
  '{"text": "my 2 year old has had a temperature of 39.2 since yesterday, off her food and more sleepy than usual", "age": 2, "sex": "female"}',
  '{"text": "burning when I pee and going all the time for two days, no fever", "age": 31, "sex": "female"}',
  '{"text": "worst headache of my life came on suddenly an hour ago with a stiff neck", "age": 44}',
  '{"text": "itchy red rash on both arms since I started a new washing powder", "age": 27}',
  '{"text": "lower back pain after lifting boxes yesterday, no numbness, walking ok", "age": 39, "sex": "male"}',
  '{"text": "short of breath walking upstairs for a week, ankles swollen, I have heart failure", "age": 76, "sex": "female"}',
  '{"text": "runny nose, sneezing and a sore throat for 3 days, temp 37.8", "age": 22}',
}
local headers = { ["Content-Type"] = "application/json" }
local next_complaint = 0

request = function()
  next_complaint = next_complaint % #complaints + 1
  return wrk.format("POST", "/v1/assess", headers, complaints[next_complaint])
end
