// The softmax temperature control: a slider from 0 to 2 with fine control near 0 (the slider's position is
// the square root of the temperature's share of 2), and a spin box for the exact value.
#pragma once

#include <QWidget>

class QDoubleSpinBox;
class QSlider;

namespace textgen {

class TemperatureSlider : public QWidget {
    Q_OBJECT

public:
    static constexpr double kMaximum = 2.0;
    static constexpr int kSteps = 1000;

    explicit TemperatureSlider(QWidget* parent = nullptr);
    double temperature() const { return temperature_; }
    void setTemperature(double temperature);
    QSlider* slider() const { return slider_; }
    QDoubleSpinBox* spinBox() const { return spin_; }

    static double temperatureAt(int position); // 2 (p / 1000)^2
    static int positionOf(double temperature);

signals:
    void temperatureChanged(double temperature); // while dragging too
    void dragStarted();                          // the handle is pressed
    void dragFinished();                         // and released

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QSlider* slider_;
    QDoubleSpinBox* spin_;
    double temperature_ = 1.0;
};

} // namespace textgen
