// Body proportions as fractions of stature: the one table the generator and its tests read.
#pragma once

namespace tpa::body {

// Heights are of joint centres above the floor; breadths are skin breadths; lengths are joint to
// joint. Values from Drillis & Contini (1966), "Body segment parameters", as reproduced in
// Winter, "Biomechanics and Motor Control of Human Movement", 4th ed. (2009), Fig. 4.1.
// headBreadth and neckRadius are not in that figure: they are our estimates for an adult male
// (head breadth ~155 mm, neck circumference ~380 mm).
struct BodyProportions {
    float stature;  // millimetres
    float eyeHeight;
    float chinHeight;
    float shoulderHeight;  // glenohumeral joint
    float chestHeight;     // nipple line
    float elbowHeight;
    float wristHeight;
    float fingertipHeight;
    float hipHeight;  // greater trochanter / hip joint
    float kneeHeight;
    float ankleHeight;
    float shoulderBreadth;  // across the deltoids
    float chestBreadth;
    float hipBreadth;  // across the greater trochanters
    float footLength;
    float footBreadth;
    float upperArmLength;
    float forearmLength;
    float handLength;
    float thighLength;
    float shankLength;
    float headHeight;  // vertex to chin
    float headBreadth;
    float neckRadius;
};

inline constexpr BodyProportions kProportions{
    .stature = 1750.0f,
    .eyeHeight = 0.936f,
    .chinHeight = 0.870f,
    .shoulderHeight = 0.818f,
    .chestHeight = 0.720f,
    .elbowHeight = 0.630f,
    .wristHeight = 0.485f,
    .fingertipHeight = 0.377f,
    .hipHeight = 0.530f,
    .kneeHeight = 0.285f,
    .ankleHeight = 0.039f,
    .shoulderBreadth = 0.259f,
    .chestBreadth = 0.174f,
    .hipBreadth = 0.191f,
    .footLength = 0.152f,
    .footBreadth = 0.055f,
    .upperArmLength = 0.186f,
    .forearmLength = 0.146f,
    .handLength = 0.108f,
    .thighLength = 0.245f,
    .shankLength = 0.246f,
    .headHeight = 0.130f,
    .headBreadth = 0.089f,
    .neckRadius = 0.035f,
};

}  // namespace tpa::body
